package org.bulletincms.workflow;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.StoredItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;

/**
 * Renders an issue once, at publication, into the document the delivery API serves: per locale the cover,
 * the table of contents and every rubric with its items in each section type's delivery JSON. Built once
 * and stored, so front ends never trigger assembly. Each item also keeps its {@code view}, the values its section
 * type renders for readers ({@link org.bulletincms.spi.SectionType#render}), so the edition's web page is made
 * from the snapshot alone, as the JSON is.
 */
public final class PublishedSnapshot {

    private PublishedSnapshot() {}

    public static JsonObject of(
            Issue issue, Publication publication, InstalledSectionTypes types, Instant publishedAt, String signedHash) {
        JsonObjectBuilder locales = Json.createObjectBuilder();
        for (LocaleTag locale : publication.locales().all()) {
            locales.add(locale.value(), inLocale(issue, publication, locale, types));
        }
        JsonObjectBuilder snapshot = Json.createObjectBuilder()
                .add(
                        "publication",
                        Json.createObjectBuilder()
                                .add("id", publication.id().toString())
                                .add("slug", publication.slug().value()))
                .add("issue", issue.id().toString())
                .add("year", issue.number().year())
                .add("number", issue.number().numberInYear())
                .add("cumulativeNumber", issue.number().cumulative())
                .add("edition", issue.edition())
                .add("publishedAt", publishedAt.toString())
                .add("signedHash", signedHash)
                .add("sourceLocale", publication.locales().source().value());
        issue.correctionNote().filter(note -> issue.edition() > 1).ifPresent(note -> snapshot.add("correction", note));
        return snapshot.add("locales", locales).build();
    }

    private static JsonObject inLocale(
            Issue issue, Publication publication, LocaleTag locale, InstalledSectionTypes types) {
        LocaleTag source = publication.locales().source();
        JsonArrayBuilder rubrics = Json.createArrayBuilder();
        JsonArrayBuilder contents = Json.createArrayBuilder();
        for (Rubric rubric : issue.rubrics()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            JsonArrayBuilder listed = Json.createArrayBuilder();
            for (Item item : rubric.items()) {
                StoredItemContent stored = types.resolve(item.sectionType(), item.schemaVersion(), item.content());
                if (!(stored instanceof ResolvedItemContent resolved)) {
                    continue;
                }
                String shown = resolved.content().shownIn(locale.value(), source.value());
                ItemView view = ItemView.of(resolved.content(), shown);
                JsonObjectBuilder entry = Json.createObjectBuilder()
                        .add("id", item.id().toString())
                        .add("type", item.sectionType())
                        .add("locale", shown)
                        .add("fields", resolved.type().toDelivery(view))
                        .add("view", view.values());
                // Shown in its one language in every edition: not a fallback for a missing translation.
                resolved.content().sameInEveryLocale().ifPresent(written -> entry.add("sameInEveryLocale", true));
                items.add(entry);
                resolved.contentsLine(shown)
                        .ifPresent(title -> listed.add(Json.createObjectBuilder()
                                .add("item", item.id().toString())
                                .add("title", title)));
            }
            JsonObjectBuilder rubricJson =
                    Json.createObjectBuilder().add("id", rubric.id().toString());
            rubric.title().in(locale).or(() -> rubric.title().in(source)).ifPresent(t -> rubricJson.add("title", t));
            rubrics.add(rubricJson.add("items", items));
            if (!rubric.title().isEmpty()) {
                JsonObjectBuilder tocEntry = Json.createObjectBuilder();
                rubric.title().in(locale).or(() -> rubric.title().in(source)).ifPresent(t -> tocEntry.add("title", t));
                contents.add(tocEntry.add("items", listed));
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("locale", locale.value())
                .add(
                        "label",
                        locale.value().startsWith("zh")
                                ? issue.number().chineseLabel() + " "
                                        + issue.number().chineseCumulativeLabel()
                                : issue.number().englishLabel() + " (No. "
                                        + issue.number().cumulative() + ")");
        publication
                .title()
                .in(locale)
                .or(() -> publication.title().in(source))
                .ifPresent(title -> json.add("publicationTitle", title));
        issue.title().in(locale).ifPresent(title -> json.add("title", title));
        return json.add("contents", contents).add("rubrics", rubrics).build();
    }
}
