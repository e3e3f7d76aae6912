package org.bulletincms.web.issue;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.JsonBody;

/** Reading issue and rubric request bodies; every error reported at once with its JSON pointer. */
final class IssueRequests {

    private static final Set<String> SERVER_OWNED = Set.of(
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
            "authors");

    private IssueRequests() {}

    /** {@code {"year":2024,"number":2,"cumulativeNumber":16,"title":{…},"plannedPublicationDate":"2024-07-15"}} */
    record Cover(IssueNumber number, TextByLocale title, Optional<LocalDate> plannedPublicationDate) {}

    static Cover cover(JsonValue json, PublicationLocales locales) {
        JsonBody body = JsonBody.of(json)
                .allowOnly(
                        Set.of("year", "number", "cumulativeNumber", "title", "plannedPublicationDate"), SERVER_OWNED);
        Optional<Integer> year = body.requiredInt("year", IssueNumber.FIRST_YEAR, IssueNumber.LAST_YEAR);
        Optional<Integer> number = body.requiredInt("number", 1, IssueNumber.MAX_NUMBER);
        Optional<Integer> cumulative = body.requiredInt("cumulativeNumber", 1, IssueNumber.MAX_NUMBER * 100);
        TextByLocale title = texts(body, "title", false, locales, 300);
        Optional<LocalDate> planned = body.optionalDate("plannedPublicationDate");
        body.verify();
        return new Cover(
                new IssueNumber(year.orElseThrow(), number.orElseThrow(), cumulative.orElseThrow()), title, planned);
    }

    /**
     * {@code {"title":{"zh-CN":"同一个地球网络最新进展","en":"One Planet Network updates"}}}. A rubric without a
     * title ({@code {}} or {@code {"title":{}}}) closes the issue — e.g. the colophon — and is not listed in the
     * table of contents; a titled rubric needs its title in the source locale.
     */
    static TextByLocale rubricTitle(JsonValue json, PublicationLocales locales) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("title"), Set.of("id", "items", "position", "version"));
        TextByLocale title = texts(body, "title", false, locales, 300);
        if (!body.hasErrorAt("/title")
                && !title.isEmpty()
                && title.in(locales.source()).isEmpty()) {
            body.reject("/title", "title.missing-source-locale", Map.of("locale", String.valueOf(locales.source())));
        }
        body.verify();
        return title;
    }

    /** {@code {"order":["<id>", …]}} */
    static List<UUID> order(JsonValue json) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("order"), Set.of());
        List<UUID> order = body.idList("order", 1000);
        body.verify();
        return order;
    }

    private static TextByLocale texts(
            JsonBody body, String name, boolean required, PublicationLocales locales, int maxLength) {
        Map<LocaleTag, String> texts = new LinkedHashMap<>();
        body.textsByKey(name, required, maxLength).forEach((tag, text) -> {
            if (!LocaleTag.isWellFormed(tag) || !locales.all().contains(LocaleTag.of(tag))) {
                body.reject(
                        "/" + name + "/" + tag,
                        "locale.not-of-publication",
                        Map.of("locale", tag, "locales", String.valueOf(locales.all())));
            } else {
                texts.put(LocaleTag.of(tag), text);
            }
        });
        return TextByLocale.of(texts);
    }
}
