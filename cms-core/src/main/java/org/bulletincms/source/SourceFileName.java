package org.bulletincms.source;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The name a file had on the uploader's machine, made harmless: it is only ever shown and offered back as a
 * download name, never used as a path. Directory parts ({@code ../}, {@code C:\}) are dropped, control and
 * format characters (NUL, line breaks, right-to-left overrides that make {@code report[U+202E]fdp.exe} read as
 * {@code reportexe.pdf}) are removed, and the result is NFC-normalised and cut to {@value #MAX_LENGTH} characters.
 * Chinese and other letters are kept as they are.
 */
public record SourceFileName(String value) {

    public static final int MAX_LENGTH = 200;
    private static final String UNNAMED = "source";

    public SourceFileName {
        Objects.requireNonNull(value, "value");
        if (!value.equals(sanitise(value))) {
            throw new IllegalArgumentException("not a sanitised file name: " + value);
        }
    }

    /** The harmless form of what the client sent (anything, or nothing). */
    public static SourceFileName of(String uploaded) {
        return new SourceFileName(sanitise(uploaded == null ? "" : uploaded));
    }

    private static String sanitise(String raw) {
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(SourceFileName::isShowable).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH))
                    .strip();
        }
        return cleaned.isEmpty() ? UNNAMED : cleaned;
    }

    private static boolean isShowable(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE
                && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && codePoint != ':'
                && codePoint != '"'
                && codePoint != '*'
                && codePoint != '?'
                && codePoint != '<'
                && codePoint != '>'
                && codePoint != '|';
    }

    /** The extension after the last dot, lower-cased, or empty. */
    public String extension() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? "" : value.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
