package org.bulletincms.web.issue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.StoredItemContent;

/**
 * The table of contents (目录) of an issue in one locale, derived from the rubric titles and each item's contents
 * line (its contents title, else its title; none for types not listed in the contents); where the locale lacks
 * one the source locale's is given and marked as a fallback. Untitled rubrics (closing matter such as the
 * colophon) and items without any title are not listed.
 */
final class TableOfContentsJson {

    private TableOfContentsJson() {}

    static JsonObject of(Issue issue, LocaleTag locale, LocaleTag source, InstalledSectionTypes types) {
        JsonArrayBuilder rubrics = Json.createArrayBuilder();
        for (Rubric rubric : issue.rubrics()) {
            if (rubric.title().isEmpty()) {
                continue;
            }
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (Item item : rubric.items()) {
                JsonObjectBuilder entry =
                        Json.createObjectBuilder().add("item", item.id().toString());
                Optional<String> title = headline(item, locale, types);
                Optional<String> fallback = headline(item, source, types);
                if (title.isPresent()) {
                    items.add(entry.add("title", title.get()));
                } else if (fallback.isPresent()) {
                    items.add(entry.add("title", fallback.get()).add("fallbackLocale", source.value()));
                }
            }
            JsonObjectBuilder entry =
                    Json.createObjectBuilder().add("rubric", rubric.id().toString());
            rubric.title().in(locale).or(() -> rubric.title().in(source)).ifPresent(t -> entry.add("title", t));
            rubrics.add(entry.add("items", items));
        }
        return Json.createObjectBuilder()
                .add("locale", locale.value())
                .add("rubrics", rubrics)
                .build();
    }

    private static Optional<String> headline(Item item, LocaleTag locale, InstalledSectionTypes types) {
        StoredItemContent stored = types.resolve(item.sectionType(), item.schemaVersion(), item.content());
        if (stored instanceof ResolvedItemContent resolved) {
            return resolved.contentsLine(locale.value());
        }
        return Optional.empty();
    }
}
