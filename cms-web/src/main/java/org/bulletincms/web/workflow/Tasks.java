package org.bulletincms.web.workflow;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.bulletincms.workflow.WorkQueue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's tasks by kind: each list holds issues in the stage where the caller has work to do. */
@Schema(description = "The caller's tasks: drafts to finish, translations to make, reviews to give.")
@JsonbPropertyOrder({"user", "drafts", "translations", "reviews"})
public record Tasks(
        @Schema(required = true, description = "The caller's user name")
        String user,

        @Schema(required = true, description = "Drafts the caller started or contributed to (editors)")
        List<Task> drafts,

        @Schema(required = true, description = "Issues in translation for the caller's locales (translators)")
        List<Task> translations,

        @Schema(required = true, description = "Issues in review the caller may approve (approvers)")
        List<Task> reviews) {

    /** One issue that waits for the caller. */
    @Schema(name = "Task", description = "An issue that waits for the caller.")
    @JsonbPropertyOrder({"issue", "publication", "label", "stage", "updatedAt"})
    public record Task(
            @Schema(required = true, format = "uuid") String issue,
            @Schema(required = true, format = "uuid") String publication,

            @Schema(required = true, description = "The issue's number and cumulative number in Chinese")
            String label,

            @Schema(
                    required = true,
                    enumeration = {"draft", "in-translation", "in-review", "approved", "published"})
            String stage,

            @Schema(required = true, format = "date-time") String updatedAt) {

        static Task of(WorkQueue.WaitingIssue issue) {
            return new Task(
                    issue.id().toString(),
                    issue.publication().toString(),
                    issue.number().chineseLabel() + " " + issue.number().chineseCumulativeLabel(),
                    issue.stage().code(),
                    issue.updatedAt().toString());
        }
    }
}
