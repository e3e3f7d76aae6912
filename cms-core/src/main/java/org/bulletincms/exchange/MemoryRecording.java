package org.bulletincms.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An issue whose published texts the translation memory still has to record: written in the publishing transaction,
 * deleted by the transaction that records them ({@link TranslationMemory#recordNext()}). Publishing the issue again
 * points the row at the new edition; unpublishing deletes it.
 */
@Entity
@Table(name = "memory_recording")
public class MemoryRecording {

    /** After this many failed recordings an issue is no longer tried (the log says why). */
    static final int MAX_ATTEMPTS = 3;

    @Id
    @Column(name = "issue_id")
    private UUID issueId;

    @Column(nullable = false)
    private int edition;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private int attempts;

    protected MemoryRecording() {
        // for JPA
    }

    MemoryRecording(UUID issueId, int edition, Instant publishedAt) {
        this.issueId = issueId;
        this.edition = edition;
        this.publishedAt = publishedAt;
    }

    /** A later edition of the same issue was published before this one was recorded: record that one instead. */
    void republished(int edition, Instant publishedAt) {
        this.edition = edition;
        this.publishedAt = publishedAt;
        this.attempts = 0;
    }

    void failed() {
        attempts++;
    }

    UUID issueId() {
        return issueId;
    }

    int edition() {
        return edition;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    int attempts() {
        return attempts;
    }
}
