package org.bulletincms.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The memory's prefilter for near matches as one SQL query (the same on H2 and PostgreSQL): the entries of a locale
 * pair, from another issue, with another source text, whose source length is within the window of a segment's and
 * which share at least one key of its {@link SourceSketch}. A short segment (at most {@link #SHORT} code points: a
 * title, a name) is looked up by its length window alone: one edit changes most of its few trigrams, so the sketch
 * would miss its near matches, and comparing short texts costs little. Both indexes it needs are made by migration
 * V99. Each candidate comes with its id, source text and whether it is rich text (what {@link Similarity} needs, so
 * only the few entries that pass are loaded whole).
 */
final class NearCandidates {

    /** The longest segment, in code points, looked up by its length window alone. */
    static final int SHORT = 20;

    private static final String BY_LENGTH = "select e.id, e.source_text, e.rich_text from translation_memory e"
            + " where e.source_locale = ?1 and e.target_locale = ?2 and (e.issue_id is null or e.issue_id <> ?3)"
            + " and e.source_fingerprint <> ?4 and e.source_length between ?5 and ?6";

    private static final String BY_SKETCH = bySketch();

    private NearCandidates() {}

    /** The query for a segment of this sketch; positional parameters {@code ?1 … ?n}, as {@link #parameters}. */
    static String sql(SourceSketch sketch) {
        return sketch.length() <= SHORT ? BY_LENGTH : BY_SKETCH;
    }

    static List<Object> parameters(
            String source, String target, UUID excludedIssue, String fingerprint, SourceSketch sketch) {
        List<Object> parameters = new ArrayList<>(
                List.of(source, target, excludedIssue, fingerprint, sketch.shortestNear(), sketch.longestNear()));
        if (sketch.length() > SHORT) {
            parameters.addAll(sketch.keys());
        }
        return parameters;
    }

    private static String bySketch() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < SourceSketch.BANDS; i++) {
            keys.append(i == 0 ? "" : ", ").append('?').append(7 + i);
        }
        return BY_LENGTH + " and e.id in (select k.entry_id from translation_memory_sketch k where k.sketch_key in ("
                + keys + "))";
    }
}
