package org.bulletincms.delivery;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.workflow.PublishedEdition;

/**
 * The JSON shapes of the delivery API, {@link DeliveryFormat#VERSION} 1, made from a published snapshot. Used
 * to compile documents at publication and to show previews exactly as they will be delivered; nothing reads a
 * snapshot per delivery request any more.
 */
public final class DeliveryShapes {

    private DeliveryShapes() {}

    /** The issue in the served locale; {@code fallback} says the requested locale is not offered. */
    public static JsonObject issue(JsonObject snapshot, Publication publication, LocaleTag served, boolean fallback) {
        JsonObject locale = snapshot.getJsonObject("locales").getJsonObject(served.value());
        JsonArrayBuilder rubrics = Json.createArrayBuilder();
        for (JsonValue rubric : locale.getJsonArray("rubrics")) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (JsonValue item : rubric.asJsonObject().getJsonArray("items")) {
                JsonObject entry = item.asJsonObject();
                items.add(Json.createObjectBuilder(entry)
                        .add("fallback", !entry.getString("locale").equals(served.value())));
            }
            rubrics.add(Json.createObjectBuilder(rubric.asJsonObject()).add("items", items));
        }
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add(
                        "publication",
                        Json.createObjectBuilder()
                                .add("slug", publication.slug().value())
                                .add(
                                        "title",
                                        publication
                                                .title()
                                                .in(served)
                                                .or(() -> publication
                                                        .title()
                                                        .in(publication
                                                                .locales()
                                                                .source()))
                                                .orElse("")))
                .add("year", snapshot.getInt("year"))
                .add("number", snapshot.getInt("number"))
                .add("cumulativeNumber", snapshot.getInt("cumulativeNumber"))
                .add("edition", snapshot.getInt("edition"))
                .add("publishedAt", snapshot.getString("publishedAt"))
                .add("locale", served.value())
                .add("fallback", fallback)
                .add("label", locale.getString("label"));
        if (snapshot.containsKey("correction")) {
            document.add("correction", snapshot.getString("correction"));
        }
        if (locale.containsKey("title")) {
            document.add("title", locale.getString("title"));
        }
        return document.add("contents", locale.getJsonArray("contents"))
                .add("rubrics", rubrics)
                .build();
    }

    /** Every item of a rendered issue as served alone, in the issue's order. */
    public static Map<UUID, JsonObject> items(JsonObject issue) {
        Map<UUID, JsonObject> items = new LinkedHashMap<>();
        JsonObject cover = cover(issue);
        for (JsonValue rubric : issue.getJsonArray("rubrics")) {
            for (JsonValue item : rubric.asJsonObject().getJsonArray("items")) {
                items.put(
                        UUID.fromString(item.asJsonObject().getString("id")),
                        Json.createObjectBuilder(item.asJsonObject())
                                .add("issue", cover)
                                .add("rubric", rubric.asJsonObject().getString("title", ""))
                                .build());
            }
        }
        return items;
    }

    /** The issue's entry in its publication's issue list, in the served locale. */
    public static JsonObject listEntry(
            PublishedEdition edition, JsonObject snapshot, Publication publication, LocaleTag served) {
        JsonObject locale = snapshot.getJsonObject("locales").getJsonObject(served.value());
        JsonObjectBuilder entry = Json.createObjectBuilder()
                .add("year", edition.number().year())
                .add("number", edition.number().numberInYear())
                .add("cumulativeNumber", edition.number().cumulative())
                .add("edition", edition.edition())
                .add("publishedAt", edition.publishedAt().toString())
                .add("label", locale.getString("label"))
                .add(
                        "href",
                        "/api/delivery/v1/publications/" + publication.slug().value() + "/issues/"
                                + edition.number().year() + "/"
                                + edition.number().numberInYear());
        if (locale.containsKey("title")) {
            entry.add("title", locale.getString("title"));
        }
        return entry.build();
    }

    /**
     * A page of the issue list, its entries given as compiled bytes: they are spliced in as they are, so a page of
     * any size is cut from the compiled entries without parsing them.
     */
    public static byte[] issuePage(
            Publication publication, LocaleTag served, int page, int size, long total, List<byte[]> entries) {
        String head = Json.createObjectBuilder()
                .add("publication", describe(publication))
                .add("locale", served.value())
                .add("page", page)
                .add("size", size)
                .add("total", total)
                .add("issues", Json.createArrayBuilder())
                .build()
                .toString();
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
    public static JsonObject describe(Publication publication) {
        JsonObjectBuilder title = Json.createObjectBuilder();
        publication.title().asMap().forEach((locale, text) -> title.add(locale.value(), text));
        JsonArrayBuilder locales = Json.createArrayBuilder();
        publication.locales().all().forEach(locale -> locales.add(locale.value()));
        return Json.createObjectBuilder()
                .add("slug", publication.slug().value())
                .add("title", title)
                .add("sourceLocale", publication.locales().source().value())
                .add("locales", locales)
                .add(
                        "issues",
                        "/api/delivery/v1/publications/" + publication.slug().value() + "/issues")
                .add(
                        "feed",
                        "/api/delivery/v1/publications/" + publication.slug().value() + "/feed.atom")
                .build();
    }

    private static JsonObject cover(JsonObject issue) {
        return Json.createObjectBuilder()
                .add("year", issue.getInt("year"))
                .add("number", issue.getInt("number"))
                .add("cumulativeNumber", issue.getInt("cumulativeNumber"))
                .add("edition", issue.getInt("edition"))
                .add("label", issue.getString("label"))
                .build();
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
