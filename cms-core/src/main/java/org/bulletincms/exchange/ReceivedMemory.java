package org.bulletincms.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an uploaded TMX file says, before anything is checked: its translation units in the file's order.
 *
 * @param units every {@code <tu>}
 */
public record ReceivedMemory(List<Tu> units) {

    public ReceivedMemory {
        units = List.copyOf(units);
    }

    /**
     * One translation unit.
     *
     * @param id       its {@code tuid}, or {@code #n} (its place in the file, from 1) when it has none
     * @param segments its segments by language as the file writes it, lower case ({@code zh}, {@code en-gb})
     */
    public record Tu(String id, Map<String, Segment> segments) {
        public Tu {
            segments = Map.copyOf(segments);
        }
    }

    /**
     * One segment: its words, and the same as HTML with each inline code's native markup (the content of
     * {@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>}) where the code stands; that HTML is untrusted.
     *
     * @param coded whether it has inline codes
     */
    public record Segment(String words, String html, boolean coded) {}
}
