package org.bulletincms.web.issue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.drafting.IssueCover;
import org.bulletincms.drafting.IssueView;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.locale.TextByLocale;
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

    static IssueDocument of(IssueView issue) {
        IssueCover cover = issue.cover();
        return new IssueDocument(
                cover.id().toString(),
                cover.publication().toString(),
                cover.number().year(),
                cover.number().numberInYear(),
                cover.number().cumulative(),
                label(cover.number()),
                texts(cover.title()),
                texts(cover.mastheadLine()),
                cover.stage().code(),
                allowedActions(cover.allowedActions()),
                cover.plannedPublicationDate().map(Object::toString),
                cover.createdAt().toString(),
                cover.createdBy(),
                cover.updatedAt().toString(),
                cover.updatedBy(),
                cover.version(),
                issue.rubrics().stream().map(IssueDocument::rubric).toList());
    }

    private static RubricEntry rubric(IssueView.RubricItems rubric) {
        return new RubricEntry(
                rubric.id().toString(),
                texts(rubric.title()),
                rubric.items().stream().map(ItemDocument::of).toList());
    }

    /**
     * The codes of the actions the caller may take now ({@code allowedActions}), in the order of {@link IssueAction}:
     * clients show what is listed instead of knowing the rules.
     */
    static List<String> allowedActions(Set<IssueAction> allowed) {
        return allowed.stream().sorted().map(IssueAction::code).toList();
    }

    static Map<String, String> label(IssueNumber number) {
        Map<String, String> label = new LinkedHashMap<>();
        label.put("zh-CN", number.chineseLabel() + " 总第" + number.cumulative() + "期");
        label.put("en", number.englishLabel() + " (No. " + number.cumulative() + " overall)");
        return label;
    }

    static Map<String, String> texts(TextByLocale text) {
        Map<String, String> texts = new LinkedHashMap<>();
        text.asMap().forEach((locale, value) -> texts.put(locale.value(), value));
        return texts;
    }
}
