package org.bulletincms.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reviewer's decision on an issue: approved or rejected, by whom, when. The newest one is "the last review" that
 * an approver's view of changes starts from. Never changes once written.
 */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

    /** What the reviewer decided. */
    public enum Decision {
        APPROVE,
        REJECT;

        /** The decision as the API writes it: {@code approve}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private UUID issueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Decision decision;

    @Column(nullable = false, updatable = false, length = 100)
    private String reviewer;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
        // for JPA
    }

    public ReviewDecision(UUID issueId, Decision decision, String reviewer, Instant decidedAt) {
        this.issueId = Objects.requireNonNull(issueId);
        this.decision = Objects.requireNonNull(decision);
        this.reviewer = Objects.requireNonNull(reviewer);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    public UUID issueId() {
        return issueId;
    }

    public Decision decision() {
        return decision;
    }

    /** The reviewer's subject. */
    public String reviewer() {
        return reviewer;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
