package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An issue as the delivery API sends it: one edition in one locale, with its table of contents and every rubric
 * with its items, its colophon (its own values where set, the publication's defaults field by field where not) and
 * its renderings. Also the body of a preview link, which shows an unpublished issue the same way.
 */
@Schema(name = "Issue", description = "One edition of an issue in one locale.")
@JsonbPropertyOrder({
    "publication",
    "year",
    "number",
    "cumulativeNumber",
    "edition",
    "publishedAt",
    "locale",
    "fallback",
    "label",
    "correction",
    "title",
    "mastheadLine",
    "contents",
    "rubrics",
    "colophon",
    "renderings"
})
public record DeliveredIssue(
        @Schema(required = true) IssuePublication publication,
        @Schema(required = true, example = "2024") int year,

        @Schema(required = true, description = "The number within the year (2024年第2期 → 2)", example = "2")
        int number,

        @Schema(required = true, description = "The running number across years (总第16期 → 16)", example = "16")
        int cumulativeNumber,

        @Schema(required = true, description = "1 for the first publication, 2 after one correction…", example = "1")
        int edition,

        @Schema(required = true, format = "date-time") String publishedAt,

        @Schema(required = true, description = "The locale served", example = "zh-CN")
        String locale,

        @Schema(
                required = true,
                description = "Whether the requested locale is not offered and the source locale is served")
        boolean fallback,

        @Schema(required = true, example = "2024年第2期 总第16期") String label,

        @Schema(description = "What this edition corrected; only from edition 2 on")
        Optional<String> correction,

        @Schema(description = "The issue's own title in this locale, if it has one")
        Optional<String> title,

        @Schema(description = "The line above the publication's title in this issue, if it has one")
        Optional<IssueMastheadLine> mastheadLine,

        @Schema(required = true, description = "Table of contents: titled rubrics and their items' titles")
        List<ContentsEntry> contents,

        @Schema(required = true) List<DeliveredRubric> rubrics,

        // Not required: documents compiled before it was added keep their bytes without it.
        @Schema(
                description = "How the issue closes, field by field; absent when neither the issue nor its"
                        + " publication has a colophon, and from documents compiled before it was added")
        Optional<IssueColophon> colophon,

        // Not required: documents compiled before renderings were listed keep their bytes without it.
        @Schema(
                description = "The issue's renderings for readers in the served locale (web page, e-mail edition, print"
                        + " PDF), each with its URL and whether it exists whenever this document does; absent from"
                        + " documents compiled before it was added")
        List<IssueRendering> renderings) {

    /** The issue's cover as repeated in each of its items delivered alone. */
    public IssueCover cover() {
        return new IssueCover(year, number, cumulativeNumber, edition, label);
    }

    /** This issue offering other renderings: a preview's, which are not yet published. */
    public DeliveredIssue withRenderings(List<IssueRendering> offered) {
        return new DeliveredIssue(
                publication,
                year,
                number,
                cumulativeNumber,
                edition,
                publishedAt,
                locale,
                fallback,
                label,
                correction,
                title,
                mastheadLine,
                contents,
                rubrics,
                colophon,
                List.copyOf(offered));
    }
}
