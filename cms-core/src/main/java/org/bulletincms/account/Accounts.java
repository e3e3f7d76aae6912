package org.bulletincms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.bulletincms.actor.Role;

/**
 * Who the subjects in the stored data are called, and the record of each sign-in. Every authenticated request
 * passes through {@link #signedIn}; it writes only when the person is new to this node, changed their name, or
 * was last written {@link #REFRESH} ago, so an ordinary request costs a map lookup.
 *
 * <p>The map holds one entry per person who has signed in (a realm's users, not an unbounded key space), so it
 * is a plain map rather than a cache with eviction.
 */
@ApplicationScoped
public class Accounts {

    /** How often a known person's {@code last_seen} is written at most. */
    static final Duration REFRESH = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    private record Known(String username, Set<Role> roles, Instant written) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    AccountRepository repository;

    /**
     * {@code subject} makes a request as {@code username} with the realm roles of their token; the first time, it
     * may claim a legacy name. A change of name or roles is written at once.
     */
    public void signedIn(String subject, String username, Set<Role> roles, Instant now) {
        Known seen = known.get(subject);
        if (seen != null
                && seen.username().equals(username)
                && seen.roles().equals(roles)
                && seen.written().plus(REFRESH).isAfter(now)) {
            return;
        }
        boolean claimed;
        try {
            claimed = repository.record(subject, username, roles, now);
        } catch (RuntimeException firstRequestsAtOnce) {
            // two first requests of one person: the other inserted the account; this one finds it now
            claimed = repository.record(subject, username, roles, now);
        }
        if (claimed) {
            LOG.info(() -> "The legacy user name " + username + " was claimed by subject " + subject);
        }
        known.put(subject, new Known(username, Set.copyOf(roles), now));
    }

    /**
     * The realm roles {@code subject}'s token carried when they were last seen, read from the database (another node
     * may have seen them since); empty for a subject never seen, or not seen since roles were recorded. The product
     * learns roles only from tokens: a role taken away in Keycloak shows here once its holder makes a request again.
     */
    public Optional<Set<Role>> lastSeenRoles(String subject) {
        return repository.find(subject).flatMap(Account::roles);
    }

    /** A stored person as the API shows them: a subject by its current name, anything else (a legacy name) as is. */
    public String shownName(String stored) {
        Known seen = known.get(stored);
        if (seen != null) {
            return seen.username();
        }
        return repository
                .find(stored)
                .map(account -> {
                    known.putIfAbsent(
                            account.subject(),
                            new Known(account.username(), account.roles().orElse(Set.of()), account.lastSeen()));
                    return account.username();
                })
                .orElse(stored);
    }

    /**
     * The value to store for a person named in a request (a translator to assign): the subject of whoever signed
     * in last under that name, or, when nobody has, the name itself, kept as a legacy name that its holder claims
     * at their first sign-in. Must run in the transaction that stores the value.
     */
    public String storedFor(String username) {
        return repository.named(username).map(Account::subject).orElseGet(() -> {
            repository.keepPending(username);
            return username;
        });
    }
}
