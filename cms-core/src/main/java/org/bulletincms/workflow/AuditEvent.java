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
 *                {@code publish}, {@code schedule-publication}, {@code schedule-publication-cancelled},
 *                {@code permission-refused}, …
 * @param issueId the issue concerned, if any
 * @param actor   the subject, {@code anonymous}, or {@code system} (then {@code onBehalfOf} in the details names
 *                the subject it acted for)
 * @param details small string facts (from, to, comment, hash, path, method…)
 */
public record AuditEvent(String action, Optional<UUID> issueId, String actor, Instant at, Map<String, String> details) {

    public AuditEvent {
        details = Map.copyOf(details);
    }
}
