package org.bulletincms.source;

import java.util.Objects;
import java.util.Optional;

/**
 * One paragraph of extracted text and the language it is written in ({@code zh}, {@code en}, … as ISO 639-1),
 * when that could be told with confidence. Sources mix Chinese and English, so language is a paragraph's
 * property, not a document's.
 */
public record Paragraph(String text, Optional<String> language) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
