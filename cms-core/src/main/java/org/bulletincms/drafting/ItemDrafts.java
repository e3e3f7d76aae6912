package org.bulletincms.drafting;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.history.ItemRevision;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.CheckedItemContent;
import org.bulletincms.sectiontype.HeldImages;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.OrphanedItemContent;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.StoredItemContent;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.MalformedItemContent;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * Turns what a writer sends, or an old revision, into an {@link ItemDraft}: the section type checks it leniently, as
 * a draft (required fields may still be empty), and rich text is sanitised. Every violation comes back at once.
 */
final class ItemDrafts {

    private final ItemContentCheck check;
    private final HeldImages images;

    /** Drafts of one publication's items, which may show the pictures {@code images} holds. */
    ItemDrafts(ItemContentCheck check, HeldImages images) {
        this.check = check;
        this.images = images;
    }

    /** Content sent under {@code /content} of a request; violations point into the request. */
    ItemDraft fromRequest(SectionType type, JsonObject contentJson, Set<String> issueLocales) {
        ItemContent content;
        try {
            content = ItemContent.fromJson(contentJson);
        } catch (MalformedItemContent e) {
            throw invalid(List.of(e.violation()), type);
        }
        CheckedItemContent checked = check.check(type, content, ValidationMode.DRAFT, issueLocales, images);
        if (!checked.isAcceptable()) {
            throw invalid(checked.violations(), type);
        }
        return new ItemDraft(
                type.id(), type.schemaVersion(), checked.content().toJson().toString());
    }

    /**
     * An old revision's content as the item may hold it today: upgraded from the schema version it was written in,
     * then the same check as an edit (the plugin or the issue's locales may have changed since). A revision that no
     * longer passes is a conflict with today's rules, every violation pointing into the revision's content.
     */
    ItemDraft fromRevision(
            ItemRevision revision, SectionType type, InstalledSectionTypes types, Set<String> issueLocales) {
        StoredItemContent stored =
                types.resolve(revision.sectionType(), revision.schemaVersion(), parse(revision.contentJson()));
        if (stored instanceof OrphanedItemContent orphan) {
            throw new RevisionUnreadable(
                    revision.number(), orphan.detail() == null ? orphan.reason().name() : orphan.detail());
        }
        CheckedItemContent checked =
                check.check(type, ((ResolvedItemContent) stored).content(), ValidationMode.DRAFT, issueLocales, images);
        if (!checked.isAcceptable()) {
            throw new RevisionNotRestorable(revision.number(), type.id(), checked.violations());
        }
        return new ItemDraft(
                type.id(), type.schemaVersion(), checked.content().toJson().toString());
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Each violation at its place in the request, worded by the section type when the problem is answered. */
    private static InvalidItem invalid(List<Violation> violations, SectionType type) {
        return new InvalidItem(violations.stream()
                .map(violation ->
                        new FieldViolation("/content" + violation.pointer(), violation, Optional.of(type.id())))
                .toList());
    }
}
