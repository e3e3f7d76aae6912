/**
 * Full-text search over published content, Chinese included: one {@link org.bulletincms.search.PublishedText}
 * per published item and locale, written in the publishing transaction and indexed by Hibernate Search on
 * commit. The index uses the Lucene backend by default, or a shared OpenSearch index for several nodes
 * ({@link org.bulletincms.search.SearchEngine}); the backend is configuration (see {@code docs/search.md}), not code.
 */
package org.bulletincms.search;
