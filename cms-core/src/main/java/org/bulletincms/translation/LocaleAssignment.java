package org.bulletincms.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One target locale of one issue: who translates it, and whether the translator has marked it done. */
@Entity
@Table(name = "issue_locale")
public class LocaleAssignment {

    @Id
    private UUID id;

    @Column(name = "issue_id", nullable = false)
    private UUID issueId;

    @Column(nullable = false, length = 35)
    private String locale;

    @Column(length = 100)
    private String translator;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Version
    private long version;

    protected LocaleAssignment() {
        // for JPA
    }

    public LocaleAssignment(UUID issueId, String locale) {
        this.id = UUID.randomUUID();
        this.issueId = issueId;
        this.locale = locale;
    }

    public void assign(String username) {
        this.translator = username;
    }

    public void markDone(String by, Instant at) {
        this.doneBy = by;
        this.doneAt = at;
    }

    /** Further translation work (a source change, a new item) reopens the locale. */
    public void reopen() {
        this.doneBy = null;
        this.doneAt = null;
    }

    public UUID issueId() {
        return issueId;
    }

    public String locale() {
        return locale;
    }

    public Optional<String> translator() {
        return Optional.ofNullable(translator);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Optional<String> doneBy() {
        return Optional.ofNullable(doneBy);
    }

    public Optional<Instant> doneAt() {
        return Optional.ofNullable(doneAt);
    }
}
