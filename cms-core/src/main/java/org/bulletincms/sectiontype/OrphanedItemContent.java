package org.bulletincms.sectiontype;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * Stored content that no installed section type can read, kept exactly as stored so that nothing is
 * lost and it can be reported, exported, or read again once the right plugin is installed.
 *
 * @param sectionTypeId the id it was stored under
 * @param schemaVersion the schema version it was stored under
 * @param storedContent the stored JSON, untouched
 * @param reason        why it cannot be read
 * @param detail        a sentence for the operator's log saying what to do
 */
public record OrphanedItemContent(
        String sectionTypeId, int schemaVersion, JsonObject storedContent, OrphanReason reason, String detail)
        implements StoredItemContent {

    public OrphanedItemContent {
        Objects.requireNonNull(sectionTypeId, "sectionTypeId");
        Objects.requireNonNull(storedContent, "storedContent");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
