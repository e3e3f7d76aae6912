package org.bulletincms.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.bulletincms.spi.Json;
import org.bulletincms.workflow.AuditEvent;

/**
 * One audit-log entry as stored. Its id is the database's ascending sequence, so "newest first" and paging
 * ({@code before=<id>}) never depend on two clocks agreeing. Every column is {@code updatable = false} and the
 * class has no mutator: an entry, once written, stays as written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "issue_id", updatable = false)
    private UUID issueId;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String details;

    protected AuditEntry() {
        // for JPA
    }

    private AuditEntry(AuditEvent event) {
        this.action = event.action();
        this.issueId = event.issueId().orElse(null);
        this.actor = event.actor();
        this.at = event.at();
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(event.details()).forEach(json::add);
        this.details = json.build().toString();
    }

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event);
    }

    public long id() {
        return id;
    }

    public String action() {
        return action;
    }

    public Optional<UUID> issueId() {
        return Optional.ofNullable(issueId);
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    /** The event's details, ordered by key. */
    public Map<String, String> details() {
        Map<String, String> map = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(details))) {
            JsonObject json = reader.readObject();
            json.forEach((key, value) -> map.put(
                    key,
                    value instanceof JsonString text
                            ? text.getString()
                            : value == JsonValue.NULL ? "" : value.toString()));
        }
        return map;
    }
}
