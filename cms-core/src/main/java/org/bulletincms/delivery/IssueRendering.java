package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.bulletincms.locale.LocaleTag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rendering of an issue for readers in the served locale (its web page, the two parts of its e-mail edition,
 * its print PDF): where it is and whether it exists whenever the issue's JSON does.
 *
 * <p>The issue's JSON is compiled once, in the publishing transaction, and its bytes never change afterwards (an
 * edition's URL is cached as immutable), while the PDF is made just after that commit. So the JSON says what stays
 * true: the web page and the e-mail edition are compiled in the same transaction as the JSON ({@link
 * Availability#READY}); the PDF is {@link Availability#AFTER_PUBLICATION}, and its URL answers whether it is there
 * yet (503 {@code print-not-ready} with {@code Retry-After} until it is made, then 200).
 */
@Schema(
        name = "Rendering",
        description = "A rendering of the issue for readers in the served locale, its URL and when it exists.")
@JsonbPropertyOrder({"kind", "mediaType", "url", "availability"})
public record IssueRendering(
        @Schema(
                required = true,
                enumeration = {"web-page", "email-html", "email-text", "print-pdf"},
                description = "Which rendering: the web page, the e-mail edition's HTML and plain-text parts, the print"
                        + " PDF")
        String kind,

        @Schema(required = true, example = "text/html;charset=UTF-8")
        String mediaType,

        @Schema(
                required = true,
                description = "Its address in this API, in the served locale (the latest edition of the issue)",
                example = "/api/delivery/v1/publications/spp-newsletter/issues/2024/2.html?locale=zh-CN")
        String url,

        @Schema(
                required = true,
                enumeration = {"ready", "after-publication"},
                description = "ready: it exists wherever this issue is delivered (compiled with it); after-publication:"
                        + " made by a job just after the issue was published, its URL answers 503 with Retry-After"
                        + " until it is made, then 200")
        String availability) {

    /** When a rendering exists, relative to the issue's JSON. */
    enum Availability {
        READY("ready"),
        AFTER_PUBLICATION("after-publication");

        private final String code;

        Availability(String code) {
            this.code = code;
        }
    }

    private static final String API = "/api/delivery/v1/publications/";

    /** The renderings of a published issue's latest edition in the served locale. */
    static List<IssueRendering> published(String slug, int year, int number, LocaleTag served) {
        String issue = API + slug + "/issues/" + year + "/" + number;
        String locale = "?locale=" + served.value();
        return List.of(
                of(DocumentKind.WEB_PAGE, DeliveryFormat.HTML, issue + ".html" + locale, Availability.READY),
                of(DocumentKind.EMAIL_HTML, DeliveryFormat.HTML, issue + ".email.html" + locale, Availability.READY),
                of(DocumentKind.EMAIL_TEXT, DeliveryFormat.TEXT, issue + ".email.txt" + locale, Availability.READY),
                of(
                        DocumentKind.PRINT_PDF,
                        PrintEdition.MEDIA_TYPE,
                        issue + ".pdf" + locale,
                        Availability.AFTER_PUBLICATION));
    }

    /**
     * What a preview link offers beside its JSON: the web page the issue would have, made per request like the JSON
     * (there is no e-mail or PDF before publication).
     */
    public static List<IssueRendering> previewed(String token, LocaleTag served) {
        return List.of(of(
                DocumentKind.WEB_PAGE,
                DeliveryFormat.HTML,
                "/api/delivery/v1/preview/" + token + ".html?locale=" + served.value(),
                Availability.READY));
    }

    private static IssueRendering of(DocumentKind kind, String mediaType, String url, Availability availability) {
        return new IssueRendering(kind.code(), mediaType, url, availability.code);
    }
}
