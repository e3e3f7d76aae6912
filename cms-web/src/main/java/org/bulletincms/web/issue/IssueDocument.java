package org.bulletincms.web.issue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.account.Accounts;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An issue with its rubrics and their items, as every issue answer of the management API shows it: the read, the
 * draft, the cover change and each rubric write. Its ETag is the issue's version, which covers every item.
 */
@Schema(name = "EditorialIssue", description = "An issue with its rubrics and items, in the order they appear.")
@JsonbPropertyOrder({
    "id",
    "publication",
    "year",
    "number",
    "cumulativeNumber",
    "label",
    "title",
    "mastheadLine",
    "stage",
    "allowedActions",
    "plannedPublicationDate",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "version",
    "rubrics"
})
public record IssueDocument(
        @Schema(required = true, format = "uuid") String id,

        @Schema(required = true, format = "uuid", description = "The publication the issue belongs to")
        String publication,

        @Schema(required = true) int year,

        @Schema(required = true, description = "The number within the year")
        int number,

        @Schema(required = true, description = "The number counted over all years")
        int cumulativeNumber,

        @Schema(
                required = true,
                description = "How the issue is named, in Chinese and English",
                requiredProperties = {"zh-CN", "en"},
                additionalProperties = String.class)
        Map<String, String> label,

        @Schema(
                required = true,
                description = "The title by locale tag; may be empty",
                additionalProperties = String.class)
        Map<String, String> title,

        @Schema(
                required = true,
                description = "The line printed above the publication's title in this issue only, by locale tag;"
                        + " empty for most issues",
                additionalProperties = String.class)
        Map<String, String> mastheadLine,

        @Schema(
                required = true,
                enumeration = {"draft", "in-translation", "in-review", "approved", "published"})
        String stage,

        @Schema(required = true, description = "The actions the caller may take now (see IssueAction)")
        List<String> allowedActions,

        @Schema(format = "date", description = "When the issue is planned to appear")
        Optional<String> plannedPublicationDate,

        @Schema(required = true, format = "date-time") String createdAt,

        @Schema(required = true, description = "The user name of who drafted it")
        String createdBy,

        @Schema(required = true, format = "date-time") String updatedAt,

        @Schema(required = true, description = "The user name of who changed it last")
        String updatedBy,

        @Schema(required = true, format = "int64", description = "Counts the writes to the cover")
        long version,

        @Schema(required = true, description = "The rubrics in order")
        List<RubricEntry> rubrics) {

    /** A rubric inside the issue with its items in order. */
    @Schema(name = "IssueRubric")
    @JsonbPropertyOrder({"id", "title", "items"})
    public record RubricEntry(
            @Schema(required = true, format = "uuid") String id,

            @Schema(
                    required = true,
                    description = "The title by locale tag; empty for an untitled rubric (a colophon)",
                    additionalProperties = String.class)
            Map<String, String> title,

            @Schema(required = true, description = "The items in order")
            List<ItemDocument> items) {}

    static IssueDocument of(Issue issue, Set<IssueAction> allowed, InstalledSectionTypes types, Accounts accounts) {
        List<RubricEntry> rubrics = issue.rubrics().stream()
                .map(rubric -> rubric(rubric, types, accounts))
                .toList();
        return new IssueDocument(
                issue.id().toString(),
                issue.publicationId().toString(),
                issue.number().year(),
                issue.number().numberInYear(),
                issue.number().cumulative(),
                label(issue),
                texts(issue.title()),
                texts(issue.mastheadLine()),
                issue.stage().code(),
                allowed.stream().sorted().map(IssueAction::code).toList(),
                issue.plannedPublicationDate().map(Object::toString),
                issue.createdAt().toString(),
                accounts.shownName(issue.createdBy()),
                issue.updatedAt().toString(),
                accounts.shownName(issue.updatedBy()),
                issue.version(),
                rubrics);
    }

    private static RubricEntry rubric(Rubric rubric, InstalledSectionTypes types, Accounts accounts) {
        return new RubricEntry(
                rubric.id().toString(),
                texts(rubric.title()),
                rubric.items().stream()
                        .map(item -> ItemDocument.of(ItemView.of(item, types, accounts)))
                        .toList());
    }

    static Map<String, String> label(Issue issue) {
        Map<String, String> label = new LinkedHashMap<>();
        label.put(
                "zh-CN", issue.number().chineseLabel() + " 总第" + issue.number().cumulative() + "期");
        label.put(
                "en", issue.number().englishLabel() + " (No. " + issue.number().cumulative() + " overall)");
        return label;
    }

    static Map<String, String> texts(TextByLocale text) {
        Map<String, String> texts = new LinkedHashMap<>();
        text.asMap().forEach((locale, value) -> texts.put(locale.value(), value));
        return texts;
    }
}
