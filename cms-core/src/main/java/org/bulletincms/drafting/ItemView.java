package org.bulletincms.drafting;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Item;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.OrphanedItemContent;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.StoredItemContent;

/**
 * An item as editors see it: its content upgraded to the installed schema version when the section type is
 * installed, or kept verbatim and reported as orphaned when it is not (never dropped: the plugin may come back).
 * People are shown by their current user names.
 *
 * @param upgradedFromSchemaVersion the schema version the content is stored in, when it was upgraded to be shown
 * @param tag                       the item's version as a client names it in {@code If-Match}, unquoted
 */
public record ItemView(
        UUID id,
        UUID issue,
        UUID rubric,
        int position,
        String type,
        int schemaVersion,
        JsonObject content,
        Optional<Integer> upgradedFromSchemaVersion,
        Optional<Orphaned> orphaned,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version,
        String tag) {

    /**
     * Why an item's content cannot be read with the installed plugins.
     *
     * @param reason kebab-case {@link org.bulletincms.sectiontype.OrphanReason}: {@code type-not-installed}, …
     * @param detail a sentence for the operator saying what to do; may be empty
     */
    public record Orphaned(String reason, String detail) {}

    public ItemView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(upgradedFromSchemaVersion, "upgradedFromSchemaVersion");
        Objects.requireNonNull(orphaned, "orphaned");
        Objects.requireNonNull(tag, "tag");
    }

    /** The item as it is now; call after a flush, so its version is current. */
    public static ItemView of(Item item, InstalledSectionTypes types, Accounts accounts) {
        StoredItemContent stored = types.resolve(item.sectionType(), item.schemaVersion(), item.content());
        int schemaVersion;
        JsonObject content;
        Optional<Integer> upgradedFrom = Optional.empty();
        Optional<Orphaned> orphaned = Optional.empty();
        if (stored instanceof ResolvedItemContent resolved) {
            schemaVersion = resolved.type().schemaVersion();
            content = resolved.content().toJson();
            if (resolved.wasUpgraded()) {
                upgradedFrom = Optional.of(resolved.storedSchemaVersion());
            }
        } else {
            OrphanedItemContent orphan = (OrphanedItemContent) stored;
            schemaVersion = orphan.schemaVersion();
            content = orphan.storedContent();
            orphaned = Optional.of(new Orphaned(
                    orphan.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    orphan.detail() == null ? "" : orphan.detail()));
        }
        return new ItemView(
                item.id(),
                item.rubric().issue().id(),
                item.rubric().id(),
                item.position(),
                item.sectionType(),
                schemaVersion,
                content,
                upgradedFrom,
                orphaned,
                item.createdAt(),
                accounts.shownName(item.createdBy()),
                item.updatedAt(),
                accounts.shownName(item.updatedBy()),
                item.version(),
                item.tag());
    }
}
