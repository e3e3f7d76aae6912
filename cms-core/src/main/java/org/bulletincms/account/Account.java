package org.bulletincms.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A person who signed in: their Keycloak subject, and the user name they had when last seen. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "subject", length = 100)
    private String subject;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "first_seen", nullable = false, updatable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected Account() {}

    public Account(String subject, String username, Instant now) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.username = Objects.requireNonNull(username, "username");
        this.firstSeen = now;
        this.lastSeen = now;
    }

    public void seenAs(String username, Instant now) {
        this.username = Objects.requireNonNull(username, "username");
        this.lastSeen = now;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
