package org.bulletincms.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A published issue was taken away from front ends: every edition of it is withdrawn, and {@code edition} was
 * the one they saw last. Fired (CDI event) in the unpublishing transaction, like {@link IssuePublished}, so the
 * webhook outbox and the search index change with it or not at all.
 */
public record IssueUnpublished(UUID issueId, UUID publicationId, int edition, Instant at) {}
