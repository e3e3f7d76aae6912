package org.bulletincms.issue;

import java.time.Instant;
import java.util.UUID;

/**
 * An item's content was written: created, revised by an editor, translated, restored from an older revision,
 * or deleted. Fired (as a CDI event) inside the transaction that wrote it, so whoever records history sees
 * exactly the committed writes.
 *
 * @param contentJson the item's whole content after the write ({@code {"shared":…,"localized":…}}); for
 *                    {@link Change#DELETED} the content it had
 */
public record ItemWritten(
        UUID issueId,
        UUID itemId,
        String sectionType,
        int schemaVersion,
        String contentJson,
        Change change,
        String by,
        Instant at) {

    /** What kind of write it was. */
    public enum Change {
        CREATED,
        REVISED,
        TRANSLATED,
        RESTORED,
        DELETED
    }
}
