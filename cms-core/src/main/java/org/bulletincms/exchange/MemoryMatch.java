package org.bulletincms.exchange;

import java.util.Optional;
import java.util.UUID;

/**
 * A translation the memory offers for a unit: an exact match (the same source text, published before with this
 * translation, 100 per cent) or a near match (a similar source text, its {@link Similarity} at least
 * {@link Similarity#NEAR_MATCH_THRESHOLD} per cent).
 *
 * @param entry      the memory entry, which editors may correct or delete
 * @param similarity of its source text to the unit's, in per cent
 * @param source     the source text it was translated from, as inline text
 * @param target     its published translation, as inline text
 * @param issue      the issue it was published in; empty for an entry brought in from a TMX file
 * @param unit       the unit id it had there
 */
public record MemoryMatch(
        UUID entry, int similarity, InlineText source, InlineText target, Optional<UUID> issue, String unit) {

    /** An exact match's score, as CAT tools show it. */
    public static final int EXACT = 100;

    public boolean isExact() {
        return similarity == EXACT;
    }
}
