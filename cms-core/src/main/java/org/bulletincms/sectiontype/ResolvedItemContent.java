package org.bulletincms.sectiontype;

import java.util.Objects;
import java.util.Optional;
import org.bulletincms.spi.FieldSpec;
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

    /**
     * The item's line in the contents (目录) in one locale: its contents title, else its title; empty when
     * its type is not listed in the contents or the locale has neither.
     */
    public Optional<String> contentsLine(String locale) {
        if (!type.listedInContents()) {
            return Optional.empty();
        }
        return text(locale, FieldSpec.CONTENTS_TITLE).or(() -> text(locale, "title"));
    }

    private Optional<String> text(String locale, String field) {
        return content.localizedText(locale, field)
                .or(() -> content.sharedText(field))
                .filter(text -> !text.isBlank());
    }

    /** Whether the content was upgraded on reading. */
    public boolean wasUpgraded() {
        return storedSchemaVersion < type.schemaVersion();
    }
}
