package org.bulletincms.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulletincms.actor.Role;

/** A person who signed in: their Keycloak subject, and the user name and realm roles they had when last seen. */
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

    /** Role codes, comma-separated; null for a person not seen since roles were recorded. */
    @Column(name = "roles", length = 200)
    private String roles;

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

    /** Seen with these realm roles (from their token). */
    public void seenWith(Set<Role> current) {
        this.roles = current.stream().map(Role::code).sorted().collect(Collectors.joining(","));
    }

    /** The realm roles the person's token carried when last seen; empty when not seen since roles were recorded. */
    public Optional<Set<Role>> roles() {
        if (roles == null) {
            return Optional.empty();
        }
        Set<Role> known = EnumSet.noneOf(Role.class);
        for (String code : roles.split(",")) {
            Arrays.stream(Role.values())
                    .filter(role -> role.code().equals(code))
                    .forEach(known::add);
        }
        return Optional.of(known);
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
