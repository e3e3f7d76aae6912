package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Tells the language of each paragraph, with Tika's Optimaize detector (n-gram profiles of about 70 languages).
 * Only confident answers count: a paragraph too short or too mixed to tell has no language rather than a
 * guess. Chinese is reported as {@code zh} whichever script (the detector says zh-CN or zh-TW); a paragraph
 * mostly of Chinese characters is Chinese without asking the detector, which leans to English when a Chinese
 * sentence carries Latin names, acronyms and numbers.
 *
 * <p>Runs in the server: it reads plain text that the isolated parser already extracted and the write limit
 * already bounded, never a file.
 */
@ApplicationScoped
public class ParagraphLanguages {

    /** A paragraph at least this share of whose letters are Chinese characters is Chinese. */
    private static final double HAN_MAJORITY = 0.5;

    /**
     * The languages told apart: those bulletin sources are written in (the UN languages and the main European
     * ones). Each profile costs memory in every deployment, so not all seventy.
     */
    private static final java.util.Set<String> PROFILES = java.util.Set.of(
            "zh-CN", "zh-TW", "en", "fr", "es", "de", "ru", "ar", "pt", "it", "nl", "ja", "ko", "sv", "fi", "da");

    private final OptimaizeLangDetector detector;

    public ParagraphLanguages() {
        detector = new OptimaizeLangDetector();
        try {
            detector.loadModels(PROFILES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the language profiles cannot be loaded", e);
        }
    }

    public Paragraph of(String text) {
        return new Paragraph(text, languageOf(text));
    }

    private Optional<String> languageOf(String text) {
        if (hanShare(text) >= HAN_MAJORITY) {
            // n-gram profiles lean to English on Chinese text with Latin names and numbers in it
            return Optional.of("zh");
        }
        List<LanguageResult> results;
        // the detector keeps the text being examined in the instance
        synchronized (detector) {
            results = detector.detectAll(text);
        }
        return results.stream()
                .findFirst()
                .filter(LanguageResult::isReasonablyCertain)
                .map(LanguageResult::getLanguage)
                .filter(language -> !language.isEmpty())
                .map(ParagraphLanguages::iso639);
    }

    private static double hanShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long han = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        return letters == 0 ? 0 : (double) han / letters;
    }

    private static String iso639(String tag) {
        return tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    }
}
