package org.bulletincms.it.sources;

import java.util.List;
import java.util.Objects;

/**
 * A source report as its author wrote it: document metadata and pages, each page a heading and paragraphs.
 *
 * @param title    the document title, which the formats that have one carry as metadata
 * @param author   the document author, likewise
 * @param language the main language as a BCP 47 tag; paragraphs in other languages are the norm
 * @param pages    at least one page
 */
public record Report(String title, String author, String language, List<Page> pages) {

    public Report {
        Objects.requireNonNull(title);
        Objects.requireNonNull(author);
        Objects.requireNonNull(language);
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("A report has at least one page");
        }
    }

    /** One page: a heading, then paragraphs; in paged formats each page after the first starts on a new page. */
    public record Page(String heading, List<String> paragraphs) {

        public Page {
            Objects.requireNonNull(heading);
            paragraphs = List.copyOf(paragraphs);
        }

        public Page(String heading, String... paragraphs) {
            this(heading, List.of(paragraphs));
        }
    }
}
