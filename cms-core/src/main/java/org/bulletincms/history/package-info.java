/**
 * The history of items: every write to an item ({@link org.bulletincms.issue.ItemWritten}) becomes a numbered,
 * immutable {@link org.bulletincms.history.ItemRevision} (1, 2, … per item) recorded in the transaction of the
 * write, so history and content never disagree. {@link org.bulletincms.history.ContentDiff} says field by field
 * what changed between two revisions.
 */
package org.bulletincms.history;
