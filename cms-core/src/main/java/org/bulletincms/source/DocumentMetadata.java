package org.bulletincms.source;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a source says about itself, as its parser read it: title, author, when it was created and last modified
 * (as written in the file: a date, or a date and time), and its number of pages where the format has pages.
 */
public record DocumentMetadata(
        Optional<String> title,
        Optional<String> author,
        Optional<String> created,
        Optional<String> modified,
        OptionalInt pageCount) {

    public static final DocumentMetadata NONE = new DocumentMetadata(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
}
