package org.bulletincms.issue;

import java.util.Objects;

/**
 * Content ready to be stored in an item: its section type, the schema version it was written in, and the
 * content JSON, already checked against the type and sanitised.
 */
public record ItemDraft(String sectionType, int schemaVersion, String contentJson) {

    public ItemDraft {
        Objects.requireNonNull(sectionType, "section type");
        Objects.requireNonNull(contentJson, "content");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema versions start at 1");
        }
    }
}
