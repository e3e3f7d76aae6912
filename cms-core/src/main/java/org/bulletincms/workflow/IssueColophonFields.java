package org.bulletincms.workflow;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import org.bulletincms.issue.Issue;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.ColophonDefaults;
import org.bulletincms.publication.Publication;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.SectionType;

/**
 * An issue's colophon in one locale as its JSON carries it, field by field: the issue's own colophon item's value
 * where it has one (as the item is shown in that locale), else the publication's default in that locale, else the
 * default as written in the source locale; a field that neither has is left out, so the answer never claims a value
 * that does not exist (the defaults may lack an English note on the sources). The texts carry their language
 * ({@code {"text", "locale"}}), the address and web site are shared. The fields are those of
 * {@link ColophonDefaults}: a colophon type's fields of other names are in its item, not here.
 */
final class IssueColophonFields {

    private static final List<String> TEXTS = List.of("sourcesNote", "editor");
    private static final List<String> SHARED = List.of("email", "website");

    private IssueColophonFields() {}

    /** The snapshot's {@code colophonFields} for {@code locale}; empty when neither the issue nor its publication has one. */
    static JsonObject of(Issue issue, Publication publication, InstalledSectionTypes types, LocaleTag locale) {
        LocaleTag source = publication.locales().source();
        Optional<ItemView> own = ownColophon(issue, types, locale, source);
        ColophonDefaults defaults = publication.colophon();
        JsonObjectBuilder fields = Json.createObjectBuilder();
        for (String name : TEXTS) {
            TextByLocale fallback = name.equals("editor") ? defaults.editor() : defaults.sourcesNote();
            own.flatMap(view -> view.text(name).map(value -> text(value, view.locale())))
                    .or(() -> fallback.in(locale).map(value -> text(value, locale.value())))
                    .or(() -> fallback.in(source).map(value -> text(value, source.value())))
                    .ifPresent(text -> fields.add(name, text));
        }
        for (String name : SHARED) {
            Optional<String> fallback = name.equals("email") ? defaults.contactEmail() : defaults.webSite();
            own.flatMap(view -> view.text(name)).or(() -> fallback).ifPresent(value -> fields.add(name, value));
        }
        return fields.build();
    }

    /** The first item of a colophon type, as shown in {@code locale}. */
    private static Optional<ItemView> ownColophon(
            Issue issue, InstalledSectionTypes types, LocaleTag locale, LocaleTag source) {
        return issue.items().stream()
                .filter(item -> types.find(item.sectionType())
                        .map(SectionType::isColophon)
                        .orElse(false))
                .findFirst()
                .map(item -> types.resolve(item.sectionType(), item.schemaVersion(), item.content()))
                .filter(ResolvedItemContent.class::isInstance)
                .map(ResolvedItemContent.class::cast)
                .map(resolved ->
                        ItemView.of(resolved.content(), resolved.content().shownIn(locale.value(), source.value())));
    }

    private static JsonObject text(String text, String language) {
        return Json.createObjectBuilder()
                .add("text", text)
                .add("locale", language)
                .build();
    }
}
