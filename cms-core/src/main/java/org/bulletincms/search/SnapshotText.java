package org.bulletincms.search;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the searchable text out of a published snapshot ({@link org.bulletincms.workflow.PublishedSnapshot}):
 * per locale and item, the title and every other string of the item's delivery fields, HTML reduced to text.
 * Only the snapshot is read, so search finds exactly what the delivery API serves.
 */
public final class SnapshotText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern LINK = Pattern.compile("^(https?|mailto):\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ENTITIES =
            Map.of("&nbsp;", " ", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&#39;", "'", "&apos;", "'");

    private SnapshotText() {}

    public static List<ItemText> items(JsonObject snapshot) {
        List<ItemText> texts = new ArrayList<>();
        for (Map.Entry<String, JsonValue> locale :
                snapshot.getJsonObject("locales").entrySet()) {
            JsonObject inLocale = locale.getValue().asJsonObject();
            for (JsonObject rubric : inLocale.getJsonArray("rubrics").getValuesAs(JsonObject.class)) {
                for (JsonObject item : rubric.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    texts.add(itemText(locale.getKey(), item));
                }
            }
        }
        return texts;
    }

    private static ItemText itemText(String locale, JsonObject item) {
        JsonObject fields = item.getJsonObject("fields");
        Optional<String> title = Optional.ofNullable(fields.get("title"))
                .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> plain(((JsonString) v).getString()))
                .filter(t -> !t.isEmpty());
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!name.equals("title")) {
                appendText(value, body);
            }
        });
        return new ItemText(
                UUID.fromString(item.getString("id")),
                item.getString("type"),
                locale,
                item.getString("locale", locale),
                title,
                body.toString().strip());
    }

    private static void appendText(JsonValue value, StringBuilder body) {
        switch (value.getValueType()) {
            case STRING -> {
                String text = plain(((JsonString) value).getString());
                if (!text.isEmpty() && !LINK.matcher(text).matches()) {
                    body.append(text).append('\n');
                }
            }
            case ARRAY -> ((JsonArray) value).forEach(element -> appendText(element, body));
            case OBJECT -> ((JsonObject) value).values().forEach(element -> appendText(element, body));
            default -> {
                // numbers, booleans and nulls are not text
            }
        }
    }

    /** The text a reader sees in {@code html}: tags removed, common entities decoded, white space collapsed. */
    static String plain(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            text = text.replace(entity.getKey(), entity.getValue());
        }
        return SPACE.matcher(text.replace("&amp;", "&")).replaceAll(" ").strip();
    }
}
