package org.bulletincms.delivery;

import java.util.Objects;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;

/**
 * The address of a compiled document: what it is, of which publication, issue or item, which edition (or the
 * latest), in which locale and variant, ending like a file name in its representation ({@code .json}; the
 * renderings of an edition add {@code .html}, {@code .eml}, {@code .pdf} beside it). Keys are built from what
 * was negotiated (the served locale, whether it fell back), never from request headers, so any number of
 * different {@code Accept-Language} headers map to as many keys as the publication has locales.
 * Publications are named by id, not slug, so a key never changes meaning.
 */
public record DocumentKey(String value) {

    static final String JSON = ".json";

    public DocumentKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 400) {
            throw new IllegalArgumentException("a document key has 1 to 400 characters: " + value);
        }
    }

    public static DocumentKey issueEdition(
            UUID publication, int year, int number, int edition, LocaleTag locale, boolean fallback) {
        return new DocumentKey(publication + "/issues/" + year + "/" + number + "/editions/" + edition + "/"
                + variant(locale, fallback) + JSON);
    }

    public static DocumentKey latestIssue(UUID publication, int year, int number, LocaleTag locale, boolean fallback) {
        return new DocumentKey(publication + "/issues/" + year + "/" + number + "/" + variant(locale, fallback) + JSON);
    }

    public static DocumentKey cumulativeIssue(UUID publication, int cumulative, LocaleTag locale, boolean fallback) {
        return new DocumentKey(
                publication + "/issues/cumulative/" + cumulative + "/" + variant(locale, fallback) + JSON);
    }

    public static DocumentKey item(UUID publication, UUID item, LocaleTag locale) {
        return new DocumentKey(publication + "/items/" + item + "/" + locale.value() + JSON);
    }

    public static DocumentKey listEntry(UUID publication, UUID issue, LocaleTag locale) {
        return new DocumentKey(publication + "/issue-entries/" + issue + "/" + locale.value() + JSON);
    }

    /** An issue's entry in the Atom feed of its publication in one locale ({@link DocumentKind#FEED_ENTRY}). */
    public static DocumentKey feedEntry(UUID publication, UUID issue, LocaleTag locale) {
        return new DocumentKey(publication + "/feed-entries/" + issue + "/" + locale.value() + ".xml");
    }

    /** A page of the issue list in {@link DeliveryFormat#DEFAULT_PAGE_SIZE}. */
    public static DocumentKey issuePage(UUID publication, int page, LocaleTag locale) {
        return new DocumentKey(publication + "/issues/pages/" + page + "/" + locale.value() + JSON);
    }

    /**
     * The web page of the latest edition of an issue in one locale. No fall-back variant: a page says its own
     * language ({@code <html lang>}), so a request for a locale not offered is given the source locale's page.
     */
    public static DocumentKey webPage(UUID publication, int year, int number, LocaleTag locale) {
        return new DocumentKey(publication + "/issues/" + year + "/" + number + "/" + locale.value() + ".html");
    }

    /** The HTML of the e-mail edition of the latest edition of an issue in one locale. */
    public static DocumentKey emailHtml(UUID publication, int year, int number, LocaleTag locale) {
        return new DocumentKey(publication + "/issues/" + year + "/" + number + "/" + locale.value() + ".email.html");
    }

    /** The plain-text alternative of the e-mail edition. */
    public static DocumentKey emailText(UUID publication, int year, int number, LocaleTag locale) {
        return new DocumentKey(publication + "/issues/" + year + "/" + number + "/" + locale.value() + ".email.txt");
    }

    /** The print PDF of the latest edition of an issue in one locale. */
    public static DocumentKey printPdf(UUID publication, int year, int number, LocaleTag locale) {
        return new DocumentKey(publication + "/issues/" + year + "/" + number + "/" + locale.value() + ".pdf");
    }

    /** The Atom feed of a publication in one locale. */
    public static DocumentKey feed(UUID publication, LocaleTag locale) {
        return new DocumentKey(publication + "/feed/" + locale.value() + ".atom");
    }

    public static DocumentKey publications() {
        return new DocumentKey("publications" + JSON);
    }

    /** A response in the source locale because the requested one is not offered says so: another document. */
    private static String variant(LocaleTag locale, boolean fallback) {
        return locale.value() + (fallback ? ".fallback" : "");
    }

    @Override
    public String toString() {
        return value;
    }
}
