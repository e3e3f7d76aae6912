package org.bulletincms.spi;

import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A short user-visible text in several languages, such as a section type's label or a field's help.
 *
 * <p>Keys are BCP 47 language tags ({@code "zh"}, {@code "en"}, {@code "zh-CN"}). Bulletin CMS
 * requires at least {@code zh} and {@code en} for every label a plugin declares; the start-up check
 * reports a plugin that leaves one out. Plugins normally write {@code LocalizedText.of("标题", "Title")}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param texts text by language tag; copied, iteration ordered by tag
 * @since 0.1
 */
public record LocalizedText(Map<String, String> texts) {

    /** The language every label must have besides {@link #ENGLISH}. */
    public static final String CHINESE = "zh";
    /** The language every label must have besides {@link #CHINESE}; also the last-resort fallback. */
    public static final String ENGLISH = "en";

    /**
     * @throws IllegalArgumentException if a key is not a well-formed BCP 47 language tag
     * @throws NullPointerException if the map, a key or a value is null
     */
    public LocalizedText {
        Map<String, String> copy = new TreeMap<>();
        Objects.requireNonNull(texts, "texts")
                .forEach((tag, text) -> copy.put(wellFormed(tag), Objects.requireNonNull(text, "text")));
        texts = Collections.unmodifiableMap(copy);
    }

    /**
     * The usual case: a Chinese and an English text.
     *
     * @since 0.1
     */
    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(Map.of(CHINESE, zh, ENGLISH, en));
    }

    /**
     * A text in no language at all; a label that is {@code none()} is reported as missing at start-up.
     *
     * @since 0.1
     */
    public static LocalizedText none() {
        return new LocalizedText(Map.of());
    }

    /**
     * The text for a language tag, never null. Fallback order: the exact tag ({@code zh-CN}); its
     * language alone ({@code zh}); any tag of the same language ({@code zh-Hans}); English; the
     * first text by tag; the empty string when there is no text at all.
     *
     * @param languageTag a BCP 47 tag such as {@code "zh-CN"} or {@code "en"}
     * @since 0.1
     */
    public String get(String languageTag) {
        String exact = texts.get(languageTag);
        if (exact != null) {
            return exact;
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        String byLanguage = texts.get(language);
        if (byLanguage != null) {
            return byLanguage;
        }
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            if (Locale.forLanguageTag(entry.getKey()).getLanguage().equals(language)) {
                return entry.getValue();
            }
        }
        return texts.getOrDefault(ENGLISH, texts.values().stream().findFirst().orElse(""));
    }

    /**
     * The text for a locale; same fallback as {@link #get(String)}.
     *
     * @since 0.1
     */
    public String get(Locale locale) {
        return get(locale.toLanguageTag());
    }

    /**
     * Whether a non-blank text exists for exactly this tag (no fallback).
     *
     * @since 0.1
     */
    public boolean has(String languageTag) {
        String text = texts.get(languageTag);
        return text != null && !text.isBlank();
    }

    private static String wellFormed(String tag) {
        Objects.requireNonNull(tag, "language tag");
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("Not a BCP 47 language tag: '" + tag + "'", e);
        }
        return tag;
    }
}
