package org.bulletincms.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * An edition of an issue became visible to front ends. Fired (CDI event) in the publishing transaction, so
 * an outbox that observes it commits or rolls back together with the publication.
 */
public record IssuePublished(UUID issueId, UUID publicationId, int edition, boolean correction, Instant at) {}
