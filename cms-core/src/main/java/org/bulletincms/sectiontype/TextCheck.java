package org.bulletincms.sectiontype;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.bulletincms.spi.Violation;

/**
 * The checks every text gets, wherever it is — item content and the API's own fields alike: allowed
 * characters and length. One rule, so the same input gets the same answer everywhere and on every database
 * (PostgreSQL refuses NUL in text, H2 stores it).
 */
public final class TextCheck {

    private TextCheck() {}

    /** Reports an invalid character and an excess length; returns whether the text passed both. */
    static boolean check(String field, String text, int maxLength, String pointer, List<Violation> out) {
        boolean valid = true;
        OptionalInt invalid = firstInvalidCharacter(text);
        if (invalid.isPresent()) {
            out.add(GenericViolation.TEXT_INVALID_CHARACTER.at(
                    pointer, Map.of("field", field, "position", invalid.getAsInt() + 1)));
            valid = false;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            out.add(GenericViolation.FIELD_TOO_LONG.at(
                    pointer, Map.of("field", field, "max", maxLength, "actual", length)));
            valid = false;
        }
        return valid;
    }

    /** Whether the text holds only characters the product stores (see {@link #firstInvalidCharacter}). */
    public static boolean isStorable(String text) {
        return firstInvalidCharacter(text).isEmpty();
    }

    /**
     * The index (in chars) of the first NUL or other C0 control character except tab, line feed and
     * carriage return, of DEL, or of the first unpaired surrogate. Such characters have no place in bulletin
     * text, break XML and some databases, and are a favourite of injection attempts.
     */
    public static OptionalInt firstInvalidCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return OptionalInt.of(i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return OptionalInt.of(i);
                }
            } else if (Character.isLowSurrogate(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
