package org.bulletincms.spi;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Turns content stored under one schema version of a section type into content of the next version.
 *
 * <p>Stored content outlives code: when a plugin changes its fields in a way old content does not
 * fit (a field renamed, split or re-typed), it raises {@link SectionType#schemaVersion()} and adds
 * an upgrade from the previous version. A type at version n declares exactly one upgrade from each
 * version 1 to n-1; the core chains them when it reads older content, and refuses to start when one
 * is missing.
 *
 * <p>Life cycle and threading: upgrades are stateless and called concurrently. An upgrade receives
 * content that was at least valid as a draft under its {@link #fromVersion()} and must keep every
 * piece of information (move what no longer fits somewhere an editor will see it rather than drop
 * it). If it throws, the core keeps the content verbatim as orphaned instead of losing it.
 *
 * @since 0.1
 */
public interface SchemaUpgrade {

    /**
     * The version this upgrade reads; it produces {@code fromVersion() + 1}.
     *
     * @since 0.1
     */
    int fromVersion();

    /**
     * The content of the next version.
     *
     * @since 0.1
     */
    ItemContent upgrade(ItemContent content);

    /**
     * An upgrade from a version given as a function.
     *
     * @since 0.1
     */
    static SchemaUpgrade from(int fromVersion, UnaryOperator<ItemContent> step) {
        Objects.requireNonNull(step, "step");
        return new SchemaUpgrade() {
            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public ItemContent upgrade(ItemContent content) {
                return step.apply(content);
            }
        };
    }
}
