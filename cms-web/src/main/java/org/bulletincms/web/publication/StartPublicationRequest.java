package org.bulletincms.web.publication;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationSlug;
import org.bulletincms.web.request.JsonBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/publications}, read and checked as a whole:
 * {@code {"slug":"spp-newsletter","title":{"zh-CN":"…","en":"…"},"publisher":"…","sourceLocale":"zh-CN","targetLocales":["en"]}}.
 */
record StartPublicationRequest(
        PublicationSlug slug,
        TextByLocale title,
        Optional<String> publisher,
        PublicationLocales locales,
        Optional<DescriptionInput> description) {

    private static final Set<String> FIELDS =
            Set.of("slug", "title", "publisher", "sourceLocale", "targetLocales", "tagline", "colophon");
    private static final Set<String> SERVER_OWNED = Set.of("id", "version", "createdAt", "createdBy");

    static StartPublicationRequest read(JsonValue json) {
        JsonBody body = JsonBody.of(json).allowOnly(FIELDS, SERVER_OWNED);

        Optional<String> slug = body.requiredText("slug", PublicationSlug.MAX_LENGTH + 1);
        slug.filter(s -> !PublicationSlug.isWellFormed(s))
                .ifPresent(s -> body.reject(
                        "/slug", "slug.malformed", Map.of("field", "slug", "max", PublicationSlug.MAX_LENGTH)));

        Optional<LocaleTag> source =
                body.requiredText("sourceLocale", 35).flatMap(tag -> locale(body, "/sourceLocale", tag));
        List<String> targetTags = body.textList("targetLocales", 20, 35);
        List<LocaleTag> targets = new ArrayList<>();
        for (int i = 0; i < targetTags.size(); i++) {
            locale(body, "/targetLocales/" + i, targetTags.get(i)).ifPresent(targets::add);
        }
        if (source.isPresent() && targets.contains(source.get())) {
            body.reject("/targetLocales", "locale.source-as-target", Map.of("field", "targetLocales"));
        }
        if (targets.stream().distinct().count() != targets.size()) {
            body.reject("/targetLocales", "locale.repeated", Map.of("field", "targetLocales"));
        }

        Map<LocaleTag, String> titles = new LinkedHashMap<>();
        body.textsByKey("title", true, 300)
                .forEach((tag, text) ->
                        locale(body, "/title/" + tag, tag).ifPresent(locale -> titles.put(locale, text)));
        if (source.isPresent() && !body.hasErrorAt("/title") && !titles.containsKey(source.get())) {
            body.reject("/title", "title.missing-source-locale", Map.of("locale", String.valueOf(source.get())));
        }
        Optional<String> publisher = body.optionalText("publisher", 200);
        Optional<DescriptionInput> description = source.map(s -> DescriptionInput.read(
                body,
                json,
                new PublicationLocales(
                        s, targets.stream().filter(t -> !t.equals(s)).distinct().toList())));

        body.verify();
        return new StartPublicationRequest(
                new PublicationSlug(slug.orElseThrow()),
                TextByLocale.of(titles),
                publisher,
                new PublicationLocales(source.orElseThrow(), targets),
                description);
    }

    Publication toPublication(String startedBy, Instant now) {
        Publication publication = Publication.start(slug, title, publisher, locales, startedBy, now);
        description.ifPresent(d -> publication.describe(d.tagline(), d.colophon()));
        return publication;
    }

    private static Optional<LocaleTag> locale(JsonBody body, String pointer, String tag) {
        if (LocaleTag.isWellFormed(tag)) {
            return Optional.of(LocaleTag.of(tag));
        }
        body.reject(pointer, "locale.malformed", Map.of("locale", tag));
        return Optional.empty();
    }

    /** What a client sends, for the OpenAPI document; {@link #read} checks it with every error at its pointer. */
    @Schema(name = "NewPublication", description = "A publication to start; unknown properties are refused.")
    record Shape(
            @Schema(required = true, maxLength = PublicationSlug.MAX_LENGTH, example = "spp-newsletter")
            String slug,

            @Schema(
                    required = true,
                    description = "By locale tag, the source locale's required; at most 300 " + "characters each")
            Map<String, String> title,

            @Schema(maxLength = 200) String publisher,
            @Schema(required = true, example = "zh-CN") String sourceLocale,

            @Schema(description = "At most 20, none the source locale, none twice")
            List<String> targetLocales,

            @Schema(description = "By locale tag, at most 300 characters each")
            Map<String, String> tagline,

            DescriptionInput.ColophonShape colophon) {}
}
