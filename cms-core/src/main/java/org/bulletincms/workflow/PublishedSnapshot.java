package org.bulletincms.workflow;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.sectiontype.StoredItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.SectionType;

/**
 * Renders an issue once, at publication, into the document the delivery API serves: per locale the cover,
 * the table of contents and every rubric with its items in each section type's delivery JSON. Built once
 * and stored, so front ends never trigger assembly. Each item also keeps its {@code view}, the values its section
 * type renders for readers ({@link org.bulletincms.spi.SectionType#render}), so the edition's web page is made
 * from the snapshot alone, as the JSON is. An issue without a colophon item of its own gets its publication's
 * colophon defaults as an item-shaped {@code colophon} beside its rubrics. Every issue gets, per locale, its
 * {@code colophonFields}: its own colophon item's values where set, the publication's defaults field by field
 * where not ({@link IssueColophonFields}).
 */
public final class PublishedSnapshot {

    private PublishedSnapshot() {}

    /**
     * The snapshot of the issue as published now; its pictures are shown where {@code pictures} serves them, and
     * keep those addresses (content-hashed, immutable) for as long as the edition is served.
     */
    public static JsonObject of(
            Issue issue,
            Publication publication,
            InstalledSectionTypes types,
            ServedPictures pictures,
            Instant publishedAt,
            String signedHash) {
        JsonObjectBuilder locales = Json.createObjectBuilder();
        Optional<ResolvedItemContent> colophon = publicationColophon(issue, publication, types);
        for (LocaleTag locale : publication.locales().all()) {
            locales.add(locale.value(), inLocale(issue, publication, locale, types, pictures, colophon));
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
            Issue issue,
            Publication publication,
            LocaleTag locale,
            InstalledSectionTypes types,
            ServedPictures pictures,
            Optional<ResolvedItemContent> colophon) {
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
                ItemView view =
                        pictures.served(resolved.type(), ItemView.of(resolved.content(), shown), publication.id());
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
        // The masthead line in the locale, else as written in the source (同一个地球网络 in the English edition too).
        issue.mastheadLine()
                .in(locale)
                .map(line -> mastheadLine(line, locale))
                .or(() -> issue.mastheadLine().in(source).map(line -> mastheadLine(line, source)))
                .ifPresent(line -> json.add("mastheadLine", line));
        colophon.ifPresent(defaults -> json.add("colophon", colophonEntry(issue, defaults, locale, source)));
        JsonObject fields = IssueColophonFields.of(issue, publication, types, locale);
        if (!fields.isEmpty()) {
            json.add("colophonFields", fields);
        }
        return json.add("contents", contents).add("rubrics", rubrics).build();
    }

    private static JsonObject mastheadLine(String text, LocaleTag language) {
        return Json.createObjectBuilder()
                .add("text", text)
                .add("locale", language.value())
                .build();
    }

    /**
     * The publication's colophon defaults as the content of the installed colophon type, for an issue without a
     * colophon item of its own; empty when it has one, when the publication has no defaults, or when no colophon
     * type is installed. Taken into the snapshot, so the edition keeps the colophon it was published with.
     */
    private static Optional<ResolvedItemContent> publicationColophon(
            Issue issue, Publication publication, InstalledSectionTypes types) {
        boolean hasItsOwn = issue.items().stream()
                .anyMatch(item -> types.find(item.sectionType())
                        .map(SectionType::isColophon)
                        .orElse(false));
        if (hasItsOwn || publication.colophon().isEmpty()) {
            return Optional.empty();
        }
        return types.all().stream()
                .filter(SectionType::isColophon)
                .min(Comparator.comparing(SectionType::id))
                .map(type ->
                        new ResolvedItemContent(type, publication.colophon().asItemContent(), type.schemaVersion()));
    }

    /** An item-shaped entry, so that every rendering writes it as it writes an issue's own colophon item. */
    private static JsonObject colophonEntry(
            Issue issue, ResolvedItemContent colophon, LocaleTag locale, LocaleTag source) {
        String shown = colophon.content().shownIn(locale.value(), source.value());
        ItemView view = ItemView.of(colophon.content(), shown);
        UUID id = UUID.nameUUIDFromBytes((issue.id() + "/publication-colophon").getBytes(StandardCharsets.UTF_8));
        return Json.createObjectBuilder()
                .add("id", id.toString())
                .add("type", colophon.sectionTypeId())
                .add("locale", shown)
                .add("fields", colophon.type().toDelivery(view))
                .add("view", view.values())
                .build();
    }
}
