package org.bulletincms.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in an item's content a comment points: an RFC 6901 JSON pointer to a shared field
 * ({@code /shared/sourceUrl}) or to one locale's translatable field ({@code /localized/en/title}), optionally
 * deeper into the field's value ({@code /shared/people/0/name}). The same pointers the API uses for validation
 * errors and revision diffs, so a client can put a comment next to the field it is about.
 */
public record FieldAnchor(String pointer) {

    /** The longest pointer accepted; generous for any field path, small enough to index. */
    public static final int MAX_LENGTH = 500;

    public FieldAnchor {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a field anchor has at most " + MAX_LENGTH + " characters");
        }
        List<String> tokens = tokens(pointer);
        boolean shared = tokens.size() >= 2 && tokens.get(0).equals("shared");
        boolean localized = tokens.size() >= 3 && tokens.get(0).equals("localized");
        if (!shared && !localized || tokens.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("not a field of item content: \"" + pointer
                    + "\"; point at /shared/<field> or /localized/<locale>/<field>");
        }
    }

    /** Whether {@code candidate} is a field anchor; for validators that report instead of throwing. */
    public static boolean isWellFormed(String candidate) {
        try {
            new FieldAnchor(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The locale of a translatable field; empty for a shared field. */
    public Optional<String> locale() {
        List<String> tokens = tokens(pointer);
        return tokens.get(0).equals("localized") ? Optional.of(tokens.get(1)) : Optional.empty();
    }

    /** The field's name, unescaped. */
    public String field() {
        List<String> tokens = tokens(pointer);
        return tokens.get(tokens.get(0).equals("localized") ? 2 : 1);
    }

    private static List<String> tokens(String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with \"/\": \"" + pointer + "\"");
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            if (raw.replace("~0", "").replace("~1", "").contains("~")) {
                throw new IllegalArgumentException("\"~\" in a JSON pointer must be written ~0 (or ~1 for \"/\")");
            }
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    @Override
    public String toString() {
        return pointer;
    }
}
