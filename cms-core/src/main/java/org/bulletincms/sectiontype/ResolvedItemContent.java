package org.bulletincms.sectiontype;

import java.util.Objects;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.SectionType;

/**
 * Stored content that an installed section type reads, upgraded to the type's current schema version.
 *
 * @param type                the installed type
 * @param content             the content under {@code type.schemaVersion()}
 * @param storedSchemaVersion the version the content was stored under; when it is older, storing the
 *                            content again saves the upgrade
 */
public record ResolvedItemContent(SectionType type, ItemContent content, int storedSchemaVersion)
        implements StoredItemContent {

    public ResolvedItemContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String sectionTypeId() {
        return type.id();
    }

    /** Whether the content was upgraded on reading. */
    public boolean wasUpgraded() {
        return storedSchemaVersion < type.schemaVersion();
    }
}
