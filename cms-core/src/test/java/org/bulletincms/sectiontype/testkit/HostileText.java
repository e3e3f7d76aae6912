package org.bulletincms.sectiontype.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.SectionType;

/**
 * Text a reader's rendering must show as text: markup, template syntax that a template engine would evaluate,
 * bidirectional overrides, and a value of a million characters. Put into stored content unchecked, as content
 * written before a limit existed would be.
 *
 * @param description what the text is
 * @param text        the value stored
 * @param escaped     what the rendering must contain: the text as escaped HTML (a part of it for the long one)
 * @param inRichText  whether rich-text fields get it too (as a paragraph the core's sink sanitises again)
 */
record HostileText(String description, String text, String escaped, boolean inRichText) {

    static final Set<FieldKind> TEXT_KINDS = Set.of(FieldKind.PLAIN_TEXT, FieldKind.TEXT_LIST, FieldKind.NUMBERED_LIST);

    /** Generous for a machine shared by several builds; a rendering that is linear in its input takes milliseconds. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private static final int MEGABYTE_OF_TEXT = 1 << 20;

    static final List<HostileText> ALL = List.of(
            new HostileText(
                    "markup",
                    "<b onmouseover=\"alert(1)\">x</b><script>alert(1)</script>",
                    "&lt;b onmouseover=&quot;alert(1)&quot;&gt;x&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
                    true),
            new HostileText("template syntax", "{{7*7}} ${7*7} <%= 7*7 %>", "{{7*7}} ${7*7} &lt;%= 7*7 %&gt;", false),
            new HostileText("a right-to-left override", "\u202Eexe.txt", "\u202Eexe.txt\u202C", true),
            new HostileText("a million-character title", "长<".repeat(MEGABYTE_OF_TEXT / 2), "长&lt;长&lt;长&lt;", false));

    /** The base content with the hostile text in every text field and list entry, in every locale. */
    static ItemContent injected(SectionType type, ItemContent base, Set<String> locales, HostileText hostile) {
        ItemContent.Builder content = base.toBuilder();
        for (FieldSpec field : type.fields()) {
            JsonValue value = switch (field.kind()) {
                case PLAIN_TEXT -> Json.createValue(hostile.text());
                case TEXT_LIST, NUMBERED_LIST ->
                    Json.createArrayBuilder().add(hostile.text()).build();
                case RICH_TEXT -> hostile.inRichText() ? Json.createValue("<p>" + hostile.text() + "</p>") : null;
                default -> null;
            };
            if (value == null) {
                continue;
            }
            if (field.isTranslatable()) {
                for (String locale : locales) {
                    content.localized(locale, field.name(), value);
                }
            } else {
                content.shared(field.name(), value);
            }
        }
        return content.build();
    }

    /** The characters of every string of the content, the measure a rendering is bounded by. */
    static long characters(ItemContent content) {
        long count = 0;
        List<JsonValue> pending = new ArrayList<>(List.of(content.shared()));
        pending.addAll(
                content.localized().values().stream().map(JsonValue.class::cast).toList());
        while (!pending.isEmpty()) {
            JsonValue value = pending.remove(pending.size() - 1);
            if (value instanceof JsonString string) {
                count += string.getString().length();
            } else if (value instanceof JsonObject object) {
                pending.addAll(object.values());
            } else if (value instanceof JsonArray array) {
                pending.addAll(array);
            }
        }
        return count;
    }

    /** Whether every embedding or override opened in the HTML is closed before the next tag. */
    static boolean bidiClosedWithinText(String html) {
        int open = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' && c != '\u202C') {
                open++;
            } else if (c == '\u202C') {
                open--;
            } else if (c == '<' && open != 0) {
                return false;
            }
        }
        return open == 0;
    }

    @Override
    public String toString() {
        return description;
    }
}
