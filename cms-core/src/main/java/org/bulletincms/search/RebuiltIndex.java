package org.bulletincms.search;

import java.time.Duration;
import java.util.List;

/**
 * One shared index rebuilt beside the one in use: both aliases moved from {@code replaced} (deleted in the same
 * step) to {@code by}, which holds {@code documents}.
 *
 * @param index    Hibernate Search's name of the index ({@code published-text}, {@code source-text})
 * @param replaced the concrete indices the aliases pointed at before, now deleted
 * @param by       the new concrete index
 */
public record RebuiltIndex(String index, List<String> replaced, String by, long documents, Duration took) {

    public RebuiltIndex {
        replaced = List.copyOf(replaced);
    }
}
