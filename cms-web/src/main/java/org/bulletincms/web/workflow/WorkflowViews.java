package org.bulletincms.web.workflow;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.web.request.MayBeEmpty;
import org.bulletincms.web.request.ServerOwned;
import org.bulletincms.workflow.EditionView;
import org.bulletincms.workflow.SignOffView;
import org.bulletincms.workflow.WorkflowState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workflow's answers: where an issue is, its sign-offs and its published editions. */
public final class WorkflowViews {

    private WorkflowViews() {}

    /** Where the issue is in the workflow, with the sign-off that holds while it is approved. */
    @Schema(name = "WorkflowState", description = "Where the issue is in the workflow.")
    @JsonbPropertyOrder({"issue", "stage", "edition", "allowedActions", "publishAt", "correctionNote", "signOff"})
    public record State(
            @Schema(required = true) UUID issue,

            @Schema(
                    required = true,
                    enumeration = {"draft", "in-translation", "in-review", "approved", "published"})
            String stage,

            @Schema(required = true, description = "The edition being worked on or last published")
            int edition,

            @Schema(required = true, description = "The actions the caller may take now (see IssueAction)")
            List<String> allowedActions,

            @Schema(description = "When a scheduled publication happens")
            Optional<Instant> publishAt,

            @Schema(description = "What a correction changes, while one is under way")
            Optional<String> correctionNote,

            @Schema(description = "The valid sign-off, if any")
            Optional<SignOffDocument> signOff) {

        static State of(WorkflowState state) {
            return new State(
                    state.issue(),
                    state.stage().code(),
                    state.edition(),
                    state.allowedActions().stream()
                            .sorted()
                            .map(IssueAction::code)
                            .toList(),
                    state.publishAt(),
                    state.correctionNote(),
                    state.signOff().map(SignOffDocument::of));
        }
    }

    /** An approver's sign-off on one edition's content, valid until the content changes. */
    @Schema(
            name = "SignOff",
            description = "An approver's sign-off on the content with the hash; voided when it changed.")
    @JsonbPropertyOrder({"id", "edition", "approver", "signedAt", "hash", "valid", "comment", "voidedAt", "voidReason"})
    public record SignOffDocument(
            @Schema(required = true) UUID id,
            @Schema(required = true) int edition,

            @Schema(required = true, description = "User name")
            String approver,

            @Schema(required = true) Instant signedAt,

            @Schema(required = true, description = "The canonical content's hash signed off")
            String hash,

            @Schema(required = true) boolean valid,
            Optional<String> comment,
            Optional<Instant> voidedAt,
            Optional<String> voidReason) {

        static SignOffDocument of(SignOffView signOff) {
            return new SignOffDocument(
                    signOff.id(),
                    signOff.edition(),
                    signOff.approver(),
                    signOff.signedAt(),
                    signOff.hash(),
                    signOff.valid(),
                    signOff.comment(),
                    signOff.voidedAt(),
                    signOff.voidReason());
        }
    }

    /** Every sign-off of an issue, valid or voided. */
    @Schema(name = "SignOffs", description = "Every sign-off of the issue, valid or voided.")
    public record SignOffs(@Schema(required = true) List<SignOffDocument> signOffs) {

        static SignOffs of(List<SignOffView> signOffs) {
            return new SignOffs(signOffs.stream().map(SignOffDocument::of).toList());
        }
    }

    /** One published edition; a withdrawn one says when, by whom and why. */
    @Schema(name = "PublishedEdition", description = "A published edition; `withdrawn` when the issue was unpublished.")
    @JsonbPropertyOrder({"edition", "publishedAt", "publishedBy", "signedHash", "correction", "withdrawn"})
    public record EditionDocument(
            @Schema(required = true) int edition,
            @Schema(required = true) Instant publishedAt,

            @Schema(required = true, description = "User name")
            String publishedBy,

            @Schema(required = true) String signedHash,

            @Schema(description = "What the correction changed (editions after the first)")
            Optional<String> correction,

            Optional<Withdrawal> withdrawn) {

        static EditionDocument of(EditionView edition) {
            return new EditionDocument(
                    edition.edition(),
                    edition.publishedAt(),
                    edition.publishedBy(),
                    edition.signedHash(),
                    edition.correction(),
                    edition.withdrawn()
                            .map(withdrawal -> new Withdrawal(withdrawal.at(), withdrawal.by(), withdrawal.reason())));
        }
    }

    /** When, by whom and why an edition was withdrawn. */
    @Schema(name = "EditionWithdrawal", description = "When, by whom and why the issue was unpublished.")
    @JsonbPropertyOrder({"at", "by", "reason"})
    public record Withdrawal(
            @Schema(required = true) Instant at,

            @Schema(required = true, description = "User name")
            String by,

            @Schema(required = true) String reason) {}

    /** The published editions of an issue. */
    @Schema(name = "PublishedEditions", description = "The published editions of the issue, a correction adds one.")
    public record Editions(@Schema(required = true) List<EditionDocument> editions) {

        static Editions of(List<EditionView> editions) {
            return new Editions(editions.stream().map(EditionDocument::of).toList());
        }
    }

    /** What a client sends with a workflow action, read by {@code RecordBodyReader}. */
    @Schema(
            name = "WorkflowActionRequest",
            description = "A comment (required to reject), and for "
                    + "schedule-publication the instant; the body may be left out.")
    @MayBeEmpty
    @ServerOwned({"stage", "version"})
    public record ActionRequest(
            @Schema(maxLength = 4000) Optional<String> comment,

            @Schema(description = "schedule-publication only: an instant in the future")
            Optional<Instant> at) {}
}
