package org.bulletincms.web.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.NewPublication;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationSlug;
import org.bulletincms.web.request.RequestErrors;
import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/publications}, read by {@code RecordBodyReader} and then checked as a whole:
 * {@code {"slug":"spp-newsletter","title":{"zh-CN":"…","en":"…"},"publisher":"…","sourceLocale":"zh-CN","targetLocales":["en"]}}.
 */
@Schema(name = "NewPublication", description = "A publication to start; unknown properties are refused.")
@ServerOwned({"id", "version", "createdAt", "createdBy"})
public record StartPublicationRequest(
        @Schema(required = true, maxLength = PublicationSlug.MAX_LENGTH, example = "spp-newsletter")
        String slug,

        @Schema(
                required = true,
                additionalProperties = String.class,
                maxLength = 300,
                description = "By locale tag, the source locale's required; at most 300 characters each")
        Map<String, String> title,

        @Schema(maxLength = 200) Optional<String> publisher,

        @Schema(required = true, maxLength = 35, example = "zh-CN")
        String sourceLocale,

        @Schema(maxItems = 20, maxLength = 35, description = "At most 20, none the source locale, none twice")
        List<String> targetLocales,

        @Schema(
                additionalProperties = String.class,
                maxLength = 300,
                description = "By locale tag, at most 300 characters each")
        Map<String, String> tagline,

        Optional<DescriptionInput.ColophonInput> colophon) {

    /** The publication this request starts, or every error in it at once. */
    NewPublication checked() {
        RequestErrors errors = new RequestErrors();
        if (!PublicationSlug.isWellFormed(slug)) {
            errors.reject("/slug", "slug.malformed", Map.of("field", "slug", "max", PublicationSlug.MAX_LENGTH));
        }
        Optional<LocaleTag> source = locale(errors, "/sourceLocale", sourceLocale);
        List<LocaleTag> targets = new ArrayList<>();
        for (int i = 0; i < targetLocales.size(); i++) {
            locale(errors, "/targetLocales/" + i, targetLocales.get(i)).ifPresent(targets::add);
        }
        if (source.isPresent() && targets.contains(source.get())) {
            errors.reject("/targetLocales", "locale.source-as-target", Map.of("field", "targetLocales"));
        }
        if (targets.stream().distinct().count() != targets.size()) {
            errors.reject("/targetLocales", "locale.repeated", Map.of("field", "targetLocales"));
        }
        Map<LocaleTag, String> titles = new LinkedHashMap<>();
        title.forEach((tag, text) -> locale(errors, "/title/" + RequestErrors.token(tag), tag)
                .ifPresent(locale -> titles.put(locale, text)));
        if (source.isPresent() && !errors.hasErrorAt("/title") && !titles.containsKey(source.get())) {
            errors.reject("/title", "title.missing-source-locale", Map.of("locale", String.valueOf(source.get())));
        }
        Optional<DescriptionInput> description = source.map(s -> DescriptionInput.checked(
                tagline,
                colophon,
                new PublicationLocales(
                        s, targets.stream().filter(t -> !t.equals(s)).distinct().toList()),
                errors));
        errors.verify();
        // Without errors the source locale, and so the description, is present.
        return new NewPublication(
                new PublicationSlug(slug),
                TextByLocale.of(titles),
                publisher,
                new PublicationLocales(source.orElseThrow(), targets),
                description.orElseThrow().tagline(),
                description.orElseThrow().colophon());
    }

    private static Optional<LocaleTag> locale(RequestErrors errors, String pointer, String tag) {
        if (LocaleTag.isWellFormed(tag)) {
            return Optional.of(LocaleTag.of(tag));
        }
        errors.reject(pointer, "locale.malformed", Map.of("locale", tag));
        return Optional.empty();
    }
}
