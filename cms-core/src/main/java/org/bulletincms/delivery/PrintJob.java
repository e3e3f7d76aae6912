package org.bulletincms.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;

/**
 * A print PDF still to be made: one edition of an issue in one locale. Written in the publishing transaction,
 * claimed by a worker for a lease, deleted when its PDF is stored (or when the issue is unpublished or corrected
 * again). A lease that runs out (the worker's server died) makes the job claimable again.
 */
@Entity
@Table(name = "print_job")
public class PrintJob {

    @Id
    private UUID id;

    @Column(name = "issue_id", nullable = false)
    private UUID issueId;

    @Column(name = "publication_id", nullable = false)
    private UUID publicationId;

    @Column(nullable = false)
    private int edition;

    @Column(nullable = false, length = 35)
    private String locale;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "leased_until")
    private Instant leasedUntil;

    @Column(nullable = false)
    private int attempts;

    protected PrintJob() {
        // for JPA
    }

    PrintJob(UUID issueId, UUID publicationId, int edition, LocaleTag locale, Instant at) {
        this.id = UUID.randomUUID();
        this.issueId = issueId;
        this.publicationId = publicationId;
        this.edition = edition;
        this.locale = locale.value();
        this.queuedAt = at;
        this.attempts = 0;
    }

    /** Takes the job until {@code now + lease}; counts the attempt. */
    void claim(Instant now, Duration lease) {
        this.leasedUntil = now.plus(lease);
        this.attempts++;
    }

    public UUID id() {
        return id;
    }

    public UUID issueId() {
        return issueId;
    }

    public UUID publicationId() {
        return publicationId;
    }

    public int edition() {
        return edition;
    }

    public LocaleTag locale() {
        return new LocaleTag(locale);
    }

    public int attempts() {
        return attempts;
    }
}
