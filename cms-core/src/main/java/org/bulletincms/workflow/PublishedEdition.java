package org.bulletincms.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.IssueNumber;

/**
 * One published edition of an issue: an immutable snapshot of the whole issue in every locale, exactly as
 * the delivery API serves it. A correction publishes the next edition; earlier ones stay retrievable.
 */
@Entity
@Table(name = "published_edition")
public class PublishedEdition {

    @Id
    private UUID id;

    @Column(name = "issue_id", nullable = false)
    private UUID issueId;

    @Column(name = "publication_id", nullable = false)
    private UUID publicationId;

    @Column(nullable = false)
    private int edition;

    @Column(name = "issue_year", nullable = false)
    private int year;

    @Column(name = "number_in_year", nullable = false)
    private int numberInYear;

    @Column(name = "cumulative_number", nullable = false)
    private int cumulativeNumber;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "signed_hash", nullable = false, length = 64)
    private String signedHash;

    @Column(name = "correction_note", length = 4000)
    private String correctionNote;

    @Column(nullable = false)
    private String snapshot;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = 4000)
    private String withdrawalReason;

    protected PublishedEdition() {
        // for JPA
    }

    public PublishedEdition(
            UUID issueId,
            UUID publicationId,
            int edition,
            IssueNumber number,
            Instant publishedAt,
            String publishedBy,
            String signedHash,
            Optional<String> correctionNote,
            String snapshot) {
        this.id = UUID.randomUUID();
        this.issueId = issueId;
        this.publicationId = publicationId;
        this.edition = edition;
        this.year = number.year();
        this.numberInYear = number.numberInYear();
        this.cumulativeNumber = number.cumulative();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.signedHash = signedHash;
        this.correctionNote = correctionNote.orElse(null);
        this.snapshot = snapshot;
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

    public IssueNumber number() {
        return new IssueNumber(year, numberInYear, cumulativeNumber);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String signedHash() {
        return signedHash;
    }

    public Optional<String> correctionNote() {
        return Optional.ofNullable(correctionNote);
    }

    /** The snapshot JSON, never changed after publication. */
    public String snapshot() {
        return snapshot;
    }

    /** Takes the edition away from front ends (unpublishing); the row stays as the record that it was public. */
    void withdraw(String by, String reason, Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnBy = by;
            withdrawalReason = reason;
        }
    }

    /** When the edition was unpublished, if it was. */
    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Optional<String> withdrawnBy() {
        return Optional.ofNullable(withdrawnBy);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }
}
