package org.bulletincms.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An approver's sign-off: who, when, with what comment, over exactly which content — the SHA-256 of the
 * canonical form of the whole issue. Any later change voids it; publishing requires the issue to still have
 * the signed hash.
 */
@Entity
@Table(name = "sign_off")
public class SignOff {

    @Id
    private UUID id;

    @Column(name = "issue_id", nullable = false)
    private UUID issueId;

    @Column(nullable = false)
    private int edition;

    @Column(nullable = false, length = 100)
    private String approver;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(length = 4000)
    private String comment;

    @Column(name = "issue_hash", nullable = false, length = 64)
    private String issueHash;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 100)
    private String voidedBy;

    @Column(name = "void_reason", length = 200)
    private String voidReason;

    protected SignOff() {
        // for JPA
    }

    public SignOff(
            UUID issueId, int edition, String approver, Instant signedAt, Optional<String> comment, String issueHash) {
        this.id = UUID.randomUUID();
        this.issueId = issueId;
        this.edition = edition;
        this.approver = approver;
        this.signedAt = signedAt;
        this.comment = comment.orElse(null);
        this.issueHash = issueHash;
    }

    public void voidBecause(String reason, String by, Instant at) {
        if (voidedAt == null) {
            this.voidReason = reason;
            this.voidedBy = by;
            this.voidedAt = at;
        }
    }

    public boolean isValid() {
        return voidedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID issueId() {
        return issueId;
    }

    public int edition() {
        return edition;
    }

    public String approver() {
        return approver;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public String issueHash() {
        return issueHash;
    }

    public Optional<Instant> voidedAt() {
        return Optional.ofNullable(voidedAt);
    }

    public Optional<String> voidedBy() {
        return Optional.ofNullable(voidedBy);
    }

    public Optional<String> voidReason() {
        return Optional.ofNullable(voidReason);
    }
}
