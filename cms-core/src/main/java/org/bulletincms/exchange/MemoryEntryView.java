package org.bulletincms.exchange;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the translation memory as the service answers it: what editors read before they correct or delete
 * it, and its version as an unquoted entity tag ({@code If-Match} names it).
 *
 * @param source HTML for a rich-text entry, the words otherwise; so is {@code target}
 * @param issue the issue it was published in; empty for an entry brought in from a TMX file
 * @param unit its unit id there, or {@code tmx:<tuid>}
 */
public record MemoryEntryView(
        UUID id,
        String sourceLocale,
        String targetLocale,
        boolean richText,
        String source,
        String target,
        Optional<UUID> issue,
        String unit,
        Instant recordedAt,
        String tag) {

    static MemoryEntryView of(MemoryEntry entry) {
        return new MemoryEntryView(
                entry.id(),
                entry.sourceLocale(),
                entry.targetLocale(),
                entry.isRichText(),
                entry.sourceText(),
                entry.targetText(),
                entry.issueId(),
                entry.unitId(),
                entry.recordedAt(),
                TranslationMemory.tag(entry));
    }
}
