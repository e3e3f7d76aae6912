package org.bulletincms.search;

import org.bulletincms.refusal.Refusal;

/**
 * A node is building or rebuilding the shared search index right now (its claim in {@code search_index_build} is
 * younger than {@link SearchIndexBuild#LEASE}); one build at a time, so two never fill new indices side by side.
 */
public class SearchIndexRebuilding extends Refusal {

    public SearchIndexRebuilding(String node) {
        super("search-index-rebuilding", Kind.CONFLICT, "node " + node + " is building the search index", node);
    }
}
