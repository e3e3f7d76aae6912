package org.bulletincms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.actor.Role;
import org.junit.jupiter.api.Test;

/** The sign-in record and the names shown, over an in-memory stand-in for the tables. */
class AccountsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    private static final Set<Role> EDITOR = Set.of(Role.EDITOR);

    private final Tables tables = new Tables();
    private final Accounts accounts = new Accounts();

    AccountsTest() {
        accounts.repository = tables;
    }

    @Test
    void aPersonIsWrittenOnceAndNotOnEveryRequest() {
        accounts.signedIn("s-1", "edith", EDITOR, NOW);
        accounts.signedIn("s-1", "edith", EDITOR, NOW.plusSeconds(5));
        accounts.signedIn("s-1", "edith", EDITOR, NOW.plusSeconds(60));

        assertEquals(List.of("s-1 as edith"), tables.writes);
    }

    @Test
    void aNewNameIsWrittenAtOnce() {
        accounts.signedIn("s-1", "edith", EDITOR, NOW);
        accounts.signedIn("s-1", "edith.w", EDITOR, NOW.plusSeconds(5));

        assertEquals(List.of("s-1 as edith", "s-1 as edith.w"), tables.writes);
        assertEquals("edith.w", accounts.shownName("s-1"));
    }

    @Test
    void lastSeenIsRefreshedAtMostOncePerRefreshPeriod() {
        accounts.signedIn("s-1", "edith", EDITOR, NOW);
        accounts.signedIn("s-1", "edith", EDITOR, NOW.plus(Accounts.REFRESH).plusSeconds(1));

        assertEquals(2, tables.writes.size());
    }

    @Test
    void changedRolesAreWrittenAtOnceAndKnownAsLastSeen() {
        accounts.signedIn("s-1", "edith", EDITOR, NOW);
        accounts.signedIn("s-1", "edith", Set.of(Role.TRANSLATOR), NOW.plusSeconds(5));

        assertEquals(2, tables.writes.size());
        assertEquals(Optional.of(Set.of(Role.TRANSLATOR)), accounts.lastSeenRoles("s-1"));
    }

    @Test
    void theRolesOfSomeoneNeverSeenAreUnknown() {
        tables.accounts.put("s-2", new Account("s-2", "anna", NOW));

        assertEquals(Optional.empty(), accounts.lastSeenRoles("s-2"));
        assertEquals(Optional.empty(), accounts.lastSeenRoles("nobody"));
    }

    @Test
    void aStoredValueThatIsNoSubjectIsShownAsIs() {
        assertEquals("edith", accounts.shownName("edith"));
    }

    @Test
    void aSubjectSignedInOnAnotherNodeIsShownByItsName() {
        tables.accounts.put("s-2", new Account("s-2", "anna", NOW));

        assertEquals("anna", accounts.shownName("s-2"));
    }

    @Test
    void aNameNobodySignedInWithIsStoredAsAPendingLegacyName() {
        assertEquals("tom", accounts.storedFor("tom"));
        assertEquals(Set.of("tom"), tables.pending);
    }

    @Test
    void aNameSomeoneSignedInWithIsStoredAsTheirSubject() {
        accounts.signedIn("s-3", "tom", EDITOR, NOW);

        assertEquals("s-3", accounts.storedFor("tom"));
        assertEquals(Set.of(), tables.pending);
    }

    /** The account table and its writes, in memory; the rewrite of the user columns is proven by SubjectIT. */
    private static final class Tables extends AccountRepository {
        final Map<String, Account> accounts = new HashMap<>();
        final List<String> writes = new ArrayList<>();
        final Set<String> pending = new HashSet<>();

        @Override
        public boolean record(String subject, String username, Set<Role> roles, Instant now) {
            writes.add(subject + " as " + username);
            Account account = accounts.computeIfAbsent(subject, s -> new Account(s, username, now));
            account.seenAs(username, now);
            account.seenWith(roles);
            return false;
        }

        @Override
        public Optional<Account> find(String subject) {
            return Optional.ofNullable(accounts.get(subject));
        }

        @Override
        public Optional<Account> named(String username) {
            return accounts.values().stream()
                    .filter(a -> a.username().equals(username))
                    .findFirst();
        }

        @Override
        public void keepPending(String username) {
            pending.add(username);
        }
    }
}
