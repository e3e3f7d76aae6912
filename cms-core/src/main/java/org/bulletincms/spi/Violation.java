package org.bulletincms.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing wrong with an item's content, addressed to the place it is wrong.
 *
 * <p>Validation reports violations instead of throwing, so that an editor sees every problem at
 * once, each next to its field. The core renders a violation into text through its message bundles
 * (for the core's keys) or the section type's {@link SectionType#messages()} (for the plugin's keys).
 *
 * <p>Immutable and thread-safe.
 *
 * @param pointer   an RFC 6901 JSON pointer relative to the item content as written by
 *                  {@link ItemContent#toJson()}, e.g. {@code /localized/en/title} or
 *                  {@code /shared/speakers/2/name}; the empty string addresses the whole item.
 *                  It may point to a place that does not exist (a missing required field).
 * @param messageKey dotted, lower-case key such as {@code field.required} or
 *                  {@code event.end-before-start}; a plugin's keys start with its section type id
 *                  and a dot
 * @param arguments named values for the message template ({@code {max}} in the text is replaced by
 *                  the argument {@code max}); values should be strings, numbers or lists of them.
 *                  Copied, iteration order kept.
 * @since 0.1
 */
public record Violation(String pointer, String messageKey, Map<String, Object> arguments) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /**
     * @throws IllegalArgumentException if the pointer is neither empty nor starts with '/', or the
     *                                  key is not dotted lower-case kebab words
     */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(messageKey, "messageKey");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("A JSON pointer is empty or starts with '/': '" + pointer + "'");
        }
        if (!KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException(
                    "A message key is dotted lower-case words like 'event.end-before-start': '" + messageKey + "'");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        Objects.requireNonNull(arguments, "arguments")
                .forEach((name, value) -> copy.put(
                        Objects.requireNonNull(name, "argument name"),
                        Objects.requireNonNull(value, "argument value")));
        arguments = Collections.unmodifiableMap(copy);
    }

    /**
     * A violation without arguments.
     *
     * @since 0.1
     */
    public static Violation of(String pointer, String messageKey) {
        return new Violation(pointer, messageKey, Map.of());
    }

    /**
     * A violation with arguments for its message.
     *
     * @since 0.1
     */
    public static Violation of(String pointer, String messageKey, Map<String, Object> arguments) {
        return new Violation(pointer, messageKey, arguments);
    }

    /**
     * Builds an RFC 6901 pointer from unescaped reference tokens: {@code pointerTo("shared", "people", 2)}
     * is {@code /shared/people/2}; {@code ~} and {@code /} inside a token are escaped.
     *
     * @since 0.1
     */
    public static String pointerTo(Object... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (Object token : tokens) {
            pointer.append('/').append(String.valueOf(token).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * The pointer to a shared (non-translatable) field: {@code /shared/<field>}.
     *
     * @since 0.1
     */
    public static String sharedField(String field) {
        return pointerTo("shared", field);
    }

    /**
     * The pointer to a translatable field in one locale: {@code /localized/<locale>/<field>}.
     *
     * @since 0.1
     */
    public static String localizedField(String locale, String field) {
        return pointerTo("localized", locale, field);
    }
}
