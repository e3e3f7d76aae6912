package org.bulletincms.exchange;

import java.util.UUID;

/**
 * A translation the memory offers for a unit: an exact match (the same source text, published before with this
 * translation), 100 per cent.
 *
 * @param source the source text it was translated from, as inline text
 * @param target its published translation, as inline text
 * @param issue  the issue it was published in
 * @param unit   the unit id it had there
 */
public record MemoryMatch(InlineText source, InlineText target, UUID issue, String unit) {

    /** An exact match's score, as CAT tools show it. */
    public static final int EXACT = 100;
}
