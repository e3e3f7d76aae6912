package org.bulletincms.search;

import java.util.List;

/** One page of hits, best first, and how many there are in all. */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits) {}
