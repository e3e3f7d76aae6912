package org.bulletincms.web.history;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.history.FieldChange;
import org.bulletincms.history.RevisionDiff;
import org.bulletincms.history.RevisionSummary;
import org.bulletincms.history.RevisionView;
import org.bulletincms.web.workflow.AnyJsonInOpenApi;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item's revisions and diffs as the management API shows them, one record per shape. */
public final class RevisionDocuments {

    private RevisionDocuments() {}

    /** An item's revisions, newest first. */
    @Schema(name = "ItemRevisions")
    @JsonbPropertyOrder({"item", "revisions"})
    public record RevisionList(
            @Schema(required = true, format = "uuid") String item,

            @Schema(required = true, description = "Newest first")
            List<Summary> revisions) {

        static RevisionList of(UUID itemId, List<RevisionSummary> newestFirst) {
            return new RevisionList(
                    itemId.toString(), newestFirst.stream().map(Summary::of).toList());
        }
    }

    /** Who wrote which revision, when, and what kind of write it was; without the content. */
    @Schema(name = "ItemRevisionSummary")
    @JsonbPropertyOrder({"number", "change", "by", "at", "schemaVersion"})
    public record Summary(
            @Schema(required = true, minimum = "1") int number,

            @Schema(
                    required = true,
                    enumeration = {"created", "revised", "translated", "restored", "deleted"})
            String change,

            @Schema(required = true, description = "The user name of the writer")
            String by,

            @Schema(required = true, format = "date-time") String at,

            @Schema(required = true, minimum = "1", description = "The schema version it was written in")
            int schemaVersion) {

        static Summary of(RevisionSummary revision) {
            return new Summary(
                    revision.number(),
                    revision.change().name().toLowerCase(Locale.ROOT),
                    revision.by(),
                    revision.at().toString(),
                    revision.schemaVersion());
        }
    }

    /** One revision with its content exactly as written, in the schema version it was written in. */
    @Schema(name = "ItemRevision")
    @JsonbPropertyOrder({"number", "change", "by", "at", "schemaVersion", "item", "issue", "type", "content"})
    public record Revision(
            @Schema(required = true, minimum = "1") int number,

            @Schema(
                    required = true,
                    enumeration = {"created", "revised", "translated", "restored", "deleted"})
            String change,

            @Schema(required = true, description = "The user name of the writer")
            String by,

            @Schema(required = true, format = "date-time") String at,
            @Schema(required = true, minimum = "1") int schemaVersion,
            @Schema(required = true, format = "uuid") String item,
            @Schema(required = true, format = "uuid") String issue,

            @Schema(required = true, description = "The section type's id")
            String type,

            @Schema(required = true, type = SchemaType.OBJECT, description = "The content as written")
            JsonObject content) {

        static Revision of(RevisionView revision) {
            Summary summary = Summary.of(revision.summary());
            return new Revision(
                    summary.number(),
                    summary.change(),
                    summary.by(),
                    summary.at(),
                    summary.schemaVersion(),
                    revision.item().toString(),
                    revision.issue().toString(),
                    revision.sectionType(),
                    revision.content());
        }
    }

    /** What changed from one revision to another. */
    @Schema(name = "ItemRevisionDiff")
    @JsonbPropertyOrder({"item", "from", "to", "changes"})
    public record Diff(
            @Schema(required = true, format = "uuid") String item,
            @Schema(required = true) Summary from,
            @Schema(required = true) Summary to,

            @Schema(required = true, description = "Field by field, in pointer order")
            List<Change> changes) {

        static Diff of(RevisionDiff diff) {
            return new Diff(
                    diff.item().toString(),
                    Summary.of(diff.from()),
                    Summary.of(diff.to()),
                    diff.changes().stream().map(Change::of).toList());
        }
    }

    /**
     * One field that differs. Its values are any JSON value: the schema named {@code AnyJson} is added by
     * {@link org.bulletincms.web.workflow.AnyJsonInOpenApi}, since an annotation cannot write the empty schema.
     */
    @Schema(name = "ItemFieldChange")
    @JsonbPropertyOrder({"pointer", "kind", "before", "after"})
    public record Change(
            @Schema(required = true, description = "Where the field is in the content (RFC 6901)")
            String pointer,

            @Schema(
                    required = true,
                    enumeration = {"added", "removed", "changed"})
            String kind,

            @Schema(ref = AnyJsonInOpenApi.NAME, description = "The older value; absent when the field was added")
            Optional<JsonValue> before,

            @Schema(ref = AnyJsonInOpenApi.NAME, description = "The newer value; absent when the field was removed")
            Optional<JsonValue> after) {

        static Change of(FieldChange change) {
            return new Change(change.pointer(), change.kind().code(), change.before(), change.after());
        }
    }
}
