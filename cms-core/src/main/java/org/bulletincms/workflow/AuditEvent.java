package org.bulletincms.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Something the audit log keeps: a workflow transition, a sign-off, a publication, a refused request.
 * Fired as a CDI event in the transaction of what it records; refusals, whose transaction rolls back, are
 * recorded in a transaction of their own.
 *
 * @param action  a stable kebab-case code: {@code transition}, {@code sign-off}, {@code sign-off-voided},
 *                {@code publish}, {@code schedule-publish}, {@code permission-refused}, …
 * @param issueId the issue concerned, if any
 * @param actor   the user name, or {@code anonymous}
 * @param details small string facts (from, to, comment, hash, path, method…)
 */
public record AuditEvent(String action, Optional<UUID> issueId, String actor, Instant at, Map<String, String> details) {

    public AuditEvent {
        details = Map.copyOf(details);
    }
}
