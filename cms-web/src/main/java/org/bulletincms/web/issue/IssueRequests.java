package org.bulletincms.web.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.RequestErrors;
import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The issue and rubric request bodies: records read by {@code RecordBodyReader} (their shape and limits are what the
 * OpenAPI document shows), and what only the publication can tell (its languages), checked here with every error at
 * its JSON pointer.
 */
final class IssueRequests {

    private static final int MAX_TITLE = 300;

    private IssueRequests() {}

    /**
     * {@code {"year":2021,"number":4,"cumulativeNumber":6,"title":{…},"mastheadLine":{"zh-CN":"同一个地球网络"},
     * "plannedPublicationDate":"2021-12-15"}}
     */
    @Schema(name = "IssueCover", description = "An issue's number, title, masthead line and planned date")
    @ServerOwned({
        "id",
        "publication",
        "stage",
        "version",
        "createdAt",
        "createdBy",
        "updatedAt",
        "updatedBy",
        "rubrics",
        "label",
        "state",
        "authors",
        "allowedActions"
    })
    public record Cover(
            @Schema(required = true, minimum = "" + IssueNumber.FIRST_YEAR, maximum = "" + IssueNumber.LAST_YEAR)
            int year,

            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "" + IssueNumber.MAX_NUMBER,
                    description = "The number within the year")
            int number,

            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "" + IssueNumber.MAX_NUMBER * 100,
                    description = "The number counted over all years")
            int cumulativeNumber,

            @Schema(
                    additionalProperties = String.class,
                    maxLength = MAX_TITLE,
                    description = "The title by locale tag of the publication, each at most 300 characters")
            Map<String, String> title,

            @Schema(
                    additionalProperties = String.class,
                    maxLength = MAX_TITLE,
                    description = "A line printed above the publication's title in this issue only (同一个地球网络"
                            + " in 2021 No. 4), by locale tag of the publication, each at most 300 characters;"
                            + " absent or empty for none")
            Map<String, String> mastheadLine,

            @Schema(description = "When the issue is planned to appear")
            Optional<LocalDate> plannedPublicationDate) {

        IssueNumber issueNumber() {
            return new IssueNumber(year, number, cumulativeNumber);
        }

        /** The title and the masthead line, checked against the publication's locales, every error at once. */
        CoverTexts texts(PublicationLocales locales) {
            RequestErrors errors = new RequestErrors();
            TextByLocale titles = errors.inLocales("/title", title, locales);
            TextByLocale mastheadLines = errors.inLocales("/mastheadLine", mastheadLine, locales);
            errors.verify();
            return new CoverTexts(titles, mastheadLines);
        }
    }

    /** A cover's texts by locale. */
    record CoverTexts(TextByLocale title, TextByLocale mastheadLine) {}

    /**
     * {@code {"title":{"zh-CN":"同一个地球网络最新进展","en":"One Planet Network updates"}}}. A rubric without a
     * title ({@code {}} or {@code {"title":{}}}) closes the issue — e.g. the colophon — and is not listed in the
     * table of contents; a titled rubric needs its title in the source locale.
     */
    @Schema(
            name = "RubricTitle",
            description = "A rubric's title by locale tag. No title (`{}` or `{\"title\": {}}`) makes an untitled "
                    + "rubric that closes the issue (a colophon); a title needs its source-locale text.")
    @ServerOwned({"id", "items", "position", "version"})
    public record RubricTitle(
            @Schema(
                    additionalProperties = String.class,
                    maxLength = MAX_TITLE,
                    description = "Locale tag → title, at most 300 characters")
            Map<String, String> title) {

        TextByLocale title(PublicationLocales locales) {
            RequestErrors errors = new RequestErrors();
            TextByLocale texts = errors.inLocales("/title", title, locales);
            if (!texts.isEmpty() && texts.in(locales.source()).isEmpty()) {
                errors.reject(
                        "/title", "title.missing-source-locale", Map.of("locale", String.valueOf(locales.source())));
            }
            errors.verify();
            return texts;
        }
    }

    /** {@code {"order":["<id>", …]}} */
    @Schema(name = "IdOrder", description = "Ids in the order wanted")
    public record IdOrder(
            @Schema(required = true, maxItems = 1000, description = "Rubric or item ids, each once")
            List<UUID> order) {}
}
