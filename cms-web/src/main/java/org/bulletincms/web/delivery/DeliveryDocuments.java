package org.bulletincms.web.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.EntityTag;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.web.concurrency.Versions;
import org.bulletincms.workflow.PublishedEdition;

/**
 * Delivery documents rendered from published snapshots, once per edition and locale, then kept: an edition
 * never changes, so its rendering never does. Front ends get bytes from memory; the database is asked
 * only which edition is current.
 */
@ApplicationScoped
public class DeliveryDocuments {

    /** Renderings kept; the least recently used go first. Each is one issue in one locale. */
    static final int CAPACITY = 2_000;

    private final Map<String, Rendered> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CAPACITY;
        }
    };

    /** A rendered document: its bytes and its strong ETag. */
    public record Rendered(byte[] body, EntityTag etag, LocaleTag locale) {
    }

    /**
     * The rendering of an edition in a locale; {@code load} fetches the edition (with its snapshot) only when
     * the rendering is not kept yet.
     */
    public Rendered issue(UUID editionId, Function<UUID, PublishedEdition> load, Publication publication,
                          LocaleChoice choice) {
        String key = editionId + "|" + choice.served() + "|" + choice.fallback();
        synchronized (cache) {
            Rendered cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        PublishedEdition edition = load.apply(editionId);
        JsonObject document = render(parse(edition.snapshot()), publication, choice);
        Rendered rendered = new Rendered(document.toString().getBytes(StandardCharsets.UTF_8),
                Versions.tag(edition.id(), choice.served(), choice.fallback()), choice.served());
        synchronized (cache) {
            cache.put(key, rendered);
        }
        return rendered;
    }

    /** One item of a published edition in a locale, or null when the edition does not contain it. */
    public JsonObject item(PublishedEdition edition, Publication publication, LocaleChoice choice, UUID itemId) {
        JsonObject issue = render(parse(edition.snapshot()), publication, choice);
        for (JsonValue rubric : issue.getJsonArray("rubrics")) {
            for (JsonValue item : rubric.asJsonObject().getJsonArray("items")) {
                if (item.asJsonObject().getString("id").equals(itemId.toString())) {
                    return Json.createObjectBuilder(item.asJsonObject())
                            .add("issue", cover(issue))
                            .add("rubric", rubric.asJsonObject().getString("title", ""))
                            .build();
                }
            }
        }
        return null;
    }

    static JsonObject render(JsonObject snapshot, Publication publication, LocaleChoice choice) {
        String served = choice.served().value();
        JsonObject locale = snapshot.getJsonObject("locales").getJsonObject(served);
        JsonArrayBuilder rubrics = Json.createArrayBuilder();
        for (JsonValue rubric : locale.getJsonArray("rubrics")) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (JsonValue item : rubric.asJsonObject().getJsonArray("items")) {
                JsonObject entry = item.asJsonObject();
                items.add(Json.createObjectBuilder(entry)
                        .add("fallback", !entry.getString("locale").equals(served)));
            }
            rubrics.add(Json.createObjectBuilder(rubric.asJsonObject()).add("items", items));
        }
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("publication", Json.createObjectBuilder()
                        .add("slug", publication.slug().value())
                        .add("title", publication.title().in(choice.served())
                                .or(() -> publication.title().in(publication.locales().source())).orElse("")))
                .add("year", snapshot.getInt("year"))
                .add("number", snapshot.getInt("number"))
                .add("cumulativeNumber", snapshot.getInt("cumulativeNumber"))
                .add("edition", snapshot.getInt("edition"))
                .add("publishedAt", snapshot.getString("publishedAt"))
                .add("locale", served)
                .add("fallback", choice.fallback())
                .add("label", locale.getString("label"));
        if (snapshot.containsKey("correction")) {
            document.add("correction", snapshot.getString("correction"));
        }
        if (locale.containsKey("title")) {
            document.add("title", locale.getString("title"));
        }
        return document.add("contents", locale.getJsonArray("contents")).add("rubrics", rubrics).build();
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

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
