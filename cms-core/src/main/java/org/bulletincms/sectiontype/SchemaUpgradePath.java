package org.bulletincms.sectiontype;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.SchemaUpgrade;
import org.bulletincms.spi.SectionType;

/**
 * A section type's upgrades chained, so that content of any older version becomes content of the
 * current one.
 */
public final class SchemaUpgradePath {

    private final SectionType type;
    private final Map<Integer, SchemaUpgrade> byFromVersion = new HashMap<>();

    private SchemaUpgradePath(SectionType type) {
        this.type = type;
        type.upgrades().forEach(upgrade -> byFromVersion.put(upgrade.fromVersion(), upgrade));
    }

    /** The path of a type; a well-formed type has an upgrade from every older version. */
    public static SchemaUpgradePath of(SectionType type) {
        return new SchemaUpgradePath(Objects.requireNonNull(type, "type"));
    }

    /**
     * The content as the current schema version has it.
     *
     * @param fromVersion the version the content was written under, 1 to the current version
     * @throws IllegalArgumentException if the version is outside that range or has no upgrade
     * @throws RuntimeException         whatever an upgrade throws
     */
    public ItemContent upgrade(int fromVersion, ItemContent content) {
        int current = type.schemaVersion();
        if (fromVersion < 1 || fromVersion > current) {
            throw new IllegalArgumentException("Section type '" + type.id() + "' is at schema version " + current
                    + "; it cannot upgrade content of version " + fromVersion);
        }
        ItemContent upgraded = content;
        for (int version = fromVersion; version < current; version++) {
            SchemaUpgrade upgrade = byFromVersion.get(version);
            if (upgrade == null) {
                throw new IllegalArgumentException(
                        "Section type '" + type.id() + "' declares no upgrade from version " + version);
            }
            upgraded = Objects.requireNonNull(upgrade.upgrade(upgraded), "an upgrade returned null");
        }
        return upgraded;
    }
}
