package org.bulletincms.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the audit log as its readers see it: who did what, when, to which issue; the actor by their current
 * user name.
 *
 * @param details what the action recorded, by name, ordered by name
 */
public record AuditRecord(
        long id, String action, Optional<UUID> issue, String actor, Instant at, Map<String, String> details) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        // Kept in the order given (by key, as stored), which Map.copyOf would not keep.
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
