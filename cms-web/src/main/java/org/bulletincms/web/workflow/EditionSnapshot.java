package org.bulletincms.web.workflow;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schema of a published edition's snapshot as the OpenAPI document shows it. The answer is the stored text
 * itself, never rebuilt (an edition is immutable), so these records are never written: they say what the snapshot
 * ({@code org.bulletincms.workflow.PublishedSnapshot}) holds. Members added to the snapshot over time are optional,
 * so older editions still fit; the integration tests check every answer against this.
 */
@Schema(
        name = "EditionSnapshot",
        description = "A published edition as front ends receive it: the issue in every locale, as it was published.")
public record EditionSnapshot(
        @Schema(required = true) PublicationRef publication,

        @Schema(required = true, description = "The issue's id")
        UUID issue,

        @Schema(required = true) int year,

        @Schema(required = true) int number,

        @Schema(required = true) int cumulativeNumber,

        @Schema(required = true, minimum = "1", description = "1 for the first publication, one more per correction")
        int edition,

        @Schema(required = true, format = "date-time") String publishedAt,

        @Schema(description = "The hash of the content the approver signed off")
        Optional<String> signedHash,

        @Schema(description = "The publication's source locale tag")
        Optional<String> sourceLocale,

        @Schema(description = "What a correction changed (editions after the first)")
        Optional<String> correction,

        @Schema(required = true, description = "The issue in each locale, by locale tag")
        Map<String, LocaleEdition> locales) {

    /** The publication the edition belongs to. */
    @Schema(name = "EditionSnapshotPublication")
    public record PublicationRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String slug) {}

    /** The issue in one locale. */
    @Schema(name = "EditionSnapshotLocale")
    public record LocaleEdition(
            @Schema(required = true) String locale,

            @Schema(required = true, description = "How the issue is named in this locale")
            String label,

            Optional<String> publicationTitle,

            Optional<String> title,

            @Schema(description = "The line above the publication's title in this issue, with its language")
            Optional<MastheadLine> mastheadLine,

            @Schema(description = "The table of contents: titled rubrics and their titled items")
            List<ContentsEntry> contents,

            @Schema(required = true) List<RubricEdition> rubrics,

            @Schema(
                    description = "The publication's colophon defaults as a colophon item, when the issue has no"
                            + " colophon of its own")
            Optional<ItemEdition> colophon,

            @Schema(
                    description = "The issue's colophon field by field, as the issue JSON delivers it: its own colophon"
                            + " item's values where set, else the publication's defaults; in editions published"
                            + " since it was added")
            Optional<ColophonFields> colophonFields) {}

    /** The issue's colophon, field by field; a field that neither the issue nor its publication has is absent. */
    @Schema(name = "EditionSnapshotColophon")
    public record ColophonFields(
            Optional<ColophonText> sourcesNote,
            Optional<ColophonText> editor,
            Optional<String> email,
            Optional<String> website) {}

    /** A text of the colophon, in the locale it is written in. */
    @Schema(name = "EditionSnapshotColophonText")
    public record ColophonText(
            @Schema(required = true) String text,
            @Schema(required = true) String locale) {}

    /** The issue's line above the publication's title, in the locale it is written in. */
    @Schema(name = "EditionSnapshotMastheadLine")
    public record MastheadLine(
            @Schema(required = true) String text,
            @Schema(required = true) String locale) {}

    /** A titled rubric in the table of contents. */
    @Schema(name = "EditionSnapshotContentsEntry")
    public record ContentsEntry(
            Optional<String> title, @Schema(required = true) List<ContentsItem> items) {}

    /** A titled item in the table of contents. */
    @Schema(name = "EditionSnapshotContentsItem")
    public record ContentsItem(
            @Schema(required = true) UUID item,
            @Schema(required = true) String title) {}

    /** A rubric with its items. */
    @Schema(name = "EditionSnapshotRubric")
    public record RubricEdition(
            @Schema(required = true) UUID id,
            Optional<String> title,
            @Schema(required = true) List<ItemEdition> items) {}

    /**
     * An item as published. Its {@code fields} are in its section type's delivery shape of the day it was published;
     * a plugin's schema may have changed since ({@code ItemFields.<type>} in this document is today's), so a stored
     * edition is described as any JSON rather than checked against today's shape.
     */
    @Schema(name = "EditionSnapshotItem")
    public record ItemEdition(
            @Schema(required = true) UUID id,

            @Schema(required = true, description = "The section type's id")
            String type,

            @Schema(description = "The locale the fields are in (the source locale where untranslated)")
            Optional<String> locale,

            @Schema(
                    required = true,
                    ref = AnyJsonInOpenApi.NAME,
                    description = "The section type's delivery fields as published (any JSON)")
            JsonValue fields,

            @Schema(
                    ref = AnyJsonInOpenApi.NAME,
                    description = "The values the section type renders for readers, kept for the web edition")
            Optional<JsonValue> view,

            @Schema(
                    description = "True for an item written once, the same in every locale: `locale` is its"
                            + " language in every edition")
            Optional<Boolean> sameInEveryLocale) {}
}
