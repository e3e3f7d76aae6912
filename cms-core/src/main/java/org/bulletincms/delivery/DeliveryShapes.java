package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.spi.Json;
import org.bulletincms.workflow.PublishedEdition;

/**
 * The documents of the delivery API, {@link DeliveryFormat#VERSION} 1, made from a published snapshot as records
 * (written by {@link DeliveryJson}). Used to compile documents at publication and to show previews exactly as they
 * will be delivered; nothing reads a snapshot per delivery request any more.
 */
public final class DeliveryShapes {

    private static final String API = "/api/delivery/v1/publications/";

    private DeliveryShapes() {}

    /** The issue in the served locale; {@code fallback} says the requested locale is not offered. */
    public static DeliveredIssue issue(
            JsonObject snapshot, Publication publication, LocaleTag served, boolean fallback) {
        JsonObject locale = snapshot.getJsonObject("locales").getJsonObject(served.value());
        List<DeliveredRubric> rubrics = new ArrayList<>();
        for (JsonObject rubric : locale.getJsonArray("rubrics").getValuesAs(JsonObject.class)) {
            List<RubricItem> items = new ArrayList<>();
            for (JsonObject entry : rubric.getJsonArray("items").getValuesAs(JsonObject.class)) {
                items.add(item(entry, served));
            }
            rubrics.add(new DeliveredRubric(rubric.getString("id"), text(rubric, "title"), items));
        }
        List<ContentsEntry> contents = new ArrayList<>();
        for (JsonObject entry : locale.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            contents.add(new ContentsEntry(
                    text(entry, "title"),
                    entry.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .map(link -> new ContentsLink(link.getString("item"), link.getString("title")))
                            .toList()));
        }
        return new DeliveredIssue(
                new IssuePublication(
                        publication.slug().value(),
                        publication
                                .title()
                                .in(served)
                                .or(() -> publication
                                        .title()
                                        .in(publication.locales().source()))
                                .orElse(""),
                        publication.tagline(served).map(IssueTagline::of)),
                snapshot.getInt("year"),
                snapshot.getInt("number"),
                snapshot.getInt("cumulativeNumber"),
                snapshot.getInt("edition"),
                snapshot.getString("publishedAt"),
                served.value(),
                fallback,
                locale.getString("label"),
                text(snapshot, "correction"),
                text(locale, "title"),
                locale.containsKey("mastheadLine")
                        ? Optional.of(IssueMastheadLine.of(locale.getJsonObject("mastheadLine")))
                        : Optional.empty(),
                contents,
                rubrics,
                locale.containsKey("colophonFields")
                        ? Optional.of(IssueColophon.of(locale.getJsonObject("colophonFields")))
                        : Optional.empty(),
                IssueRendering.published(
                        publication.slug().value(), snapshot.getInt("year"), snapshot.getInt("number"), served));
    }

    private static RubricItem item(JsonObject entry, LocaleTag served) {
        return new RubricItem(
                entry.getString("id"),
                entry.getString("type"),
                entry.getString("locale"),
                entry.getJsonObject("fields"),
                // Shown in its one language in every edition: not a fallback for a missing translation.
                !entry.getString("locale").equals(served.value()) && !entry.getBoolean("sameInEveryLocale", false));
    }

    /** Every item of a delivered issue as served alone, in the issue's order. */
    public static Map<UUID, DeliveredItem> items(DeliveredIssue issue) {
        Map<UUID, DeliveredItem> items = new LinkedHashMap<>();
        IssueCover cover = issue.cover();
        for (DeliveredRubric rubric : issue.rubrics()) {
            for (RubricItem item : rubric.items()) {
                items.put(
                        UUID.fromString(item.id()),
                        DeliveredItem.of(item, cover, rubric.title().orElse("")));
            }
        }
        return items;
    }

    /** The issue's entry in its publication's issue list, in the served locale. */
    public static IssueListEntry listEntry(
            PublishedEdition edition, JsonObject snapshot, Publication publication, LocaleTag served) {
        JsonObject locale = snapshot.getJsonObject("locales").getJsonObject(served.value());
        return new IssueListEntry(
                edition.number().year(),
                edition.number().numberInYear(),
                edition.number().cumulative(),
                edition.edition(),
                edition.publishedAt().toString(),
                locale.getString("label"),
                API + publication.slug().value() + "/issues/" + edition.number().year() + "/"
                        + edition.number().numberInYear(),
                text(locale, "title"));
    }

    /**
     * A page of the issue list, its entries given as compiled bytes: they are spliced in as they are, so a page of
     * any size is cut from the compiled entries without parsing them.
     */
    public static byte[] issuePage(
            Publication publication, LocaleTag served, int page, int size, long total, List<byte[]> entries) {
        String head =
                DeliveryJson.text(new IssuePage(describe(publication), served.value(), page, size, total, List.of()));
        // The head ends with the empty list and the object's end: "[]}"
        byte[] open = head.substring(0, head.length() - 2).getBytes(StandardCharsets.UTF_8);
        int length = open.length + 2 + Math.max(0, entries.size() - 1);
        for (byte[] entry : entries) {
            length += entry.length;
        }
        byte[] out = new byte[length];
        System.arraycopy(open, 0, out, 0, open.length);
        int at = open.length;
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            System.arraycopy(entries.get(i), 0, out, at, entries.get(i).length);
            at += entries.get(i).length;
        }
        out[at++] = ']';
        out[at] = '}';
        return out;
    }

    /** A publication as listed by the delivery API. */
    public static PublicationListing describe(Publication publication) {
        Map<String, String> title = new LinkedHashMap<>();
        publication.title().asMap().forEach((locale, text) -> title.put(locale.value(), text));
        String slug = publication.slug().value();
        return new PublicationListing(
                slug,
                title,
                publication.locales().source().value(),
                publication.locales().all().stream().map(LocaleTag::value).toList(),
                API + slug + "/issues",
                API + slug + "/feed.atom");
    }

    private static Optional<String> text(JsonObject json, String name) {
        return json.containsKey(name) ? Optional.of(json.getString(name)) : Optional.empty();
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
