package org.bulletincms.search;

import org.bulletincms.refusal.Refusal;

/**
 * A rebuild beside the index, switched by aliases, needs the shared index (OpenSearch); a Lucene index is the
 * server's own directory, rebuilt by deleting it and restarting (docs/search.md).
 */
public class SearchIndexNotShared extends Refusal {

    public SearchIndexNotShared() {
        super("search-index-not-shared", Kind.CONFLICT, "the search index is this server's own Lucene directory");
    }
}
