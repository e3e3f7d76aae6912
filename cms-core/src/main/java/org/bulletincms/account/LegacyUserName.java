package org.bulletincms.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user name stored where a subject belongs: written before subjects were stored, or given as a translator
 * before anyone of that name had signed in. The first person to sign in under the name claims it; once claimed
 * it is never claimed again.
 */
@Entity
@Table(name = "legacy_user_name")
public class LegacyUserName {

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "bound_subject", length = 100)
    private String boundSubject;

    @Column(name = "bound_at")
    private Instant boundAt;

    protected LegacyUserName() {}

    public LegacyUserName(String username) {
        this.username = Objects.requireNonNull(username, "username");
    }

    public String username() {
        return username;
    }

    public Optional<String> boundSubject() {
        return Optional.ofNullable(boundSubject);
    }

    public boolean isClaimable() {
        return boundSubject == null;
    }

    /** The person signed in as {@code subject} is the one this name meant. */
    public void bindTo(String subject, Instant now) {
        if (!isClaimable()) {
            throw new IllegalStateException(username + " was claimed already");
        }
        this.boundSubject = Objects.requireNonNull(subject, "subject");
        this.boundAt = now;
    }
}
