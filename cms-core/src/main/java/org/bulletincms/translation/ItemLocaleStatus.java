package org.bulletincms.translation;

import java.util.List;
import java.util.UUID;

/**
 * One cell of the translation overview: an item in one target locale, its status and — when outdated —
 * what changed in the source since the translation was made.
 */
public record ItemLocaleStatus(
        UUID itemId, String locale, TranslationStatus status, List<SourceValues.SourceChange> sourceChanges) {

    public ItemLocaleStatus {
        sourceChanges = List.copyOf(sourceChanges);
    }
}
