package org.bulletincms.web.audit;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.audit.AuditQuery;
import org.bulletincms.audit.AuditRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the audit log, newest first, with the address of the next page while there may be one. */
@Schema(description = "Audit entries, newest first; `next` is the next page's address while there may be one.")
@JsonbPropertyOrder({"entries", "limit", "maxLimit", "next"})
public record AuditPage(
        @Schema(required = true) List<Entry> entries,

        @Schema(required = true, description = "Entries per page asked for")
        int limit,

        @Schema(required = true, description = "The largest limit the API takes")
        int maxLimit,

        @Schema(description = "The next page, when this one is full")
        Optional<URI> next) {

    static AuditPage of(List<AuditRecord> entries, AuditQuery query, Optional<URI> next) {
        return new AuditPage(entries.stream().map(Entry::of).toList(), query.limit(), AuditQuery.MAX_LIMIT, next);
    }

    /** One thing that happened: who did what, when, to which issue. */
    @Schema(name = "AuditEntry", description = "One recorded action.")
    @JsonbPropertyOrder({"id", "action", "issue", "actor", "at", "details"})
    public record Entry(
            @Schema(required = true, description = "Increasing; ?before=<id> pages on")
            long id,

            @Schema(required = true, description = "What was done, kebab-case", example = "issue-published")
            String action,

            @Schema(description = "The issue it was done to, if any")
            Optional<UUID> issue,

            @Schema(required = true, description = "Who did it (user name)")
            String actor,

            @Schema(required = true) Instant at,

            @Schema(required = true, description = "What the action recorded, by name")
            Map<String, String> details) {

        static Entry of(AuditRecord entry) {
            return new Entry(entry.id(), entry.action(), entry.issue(), entry.actor(), entry.at(), entry.details());
        }
    }
}
