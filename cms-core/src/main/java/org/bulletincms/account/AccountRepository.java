package org.bulletincms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.actor.Role;

/** Accounts and legacy user names stored by JPA, and the rewrite that hands a legacy name's rows to a subject. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /**
     * Records that {@code subject} signed in as {@code username}, in a transaction of its own (it runs before
     * the request's work, which must already see the rows it claims). When the account is new or its name
     * changed, the person claims that name if it is an unclaimed legacy name.
     *
     * @return whether a legacy name was claimed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(String subject, String username, Set<Role> roles, Instant now) {
        Account account = em.find(Account.class, subject);
        boolean renamed = account == null || !account.username().equals(username);
        if (account == null) {
            account = new Account(subject, username, now);
            em.persist(account);
        } else {
            account.seenAs(username, now);
        }
        account.seenWith(roles);
        return renamed && claim(username, subject, now);
    }

    private boolean claim(String username, String subject, Instant now) {
        // locked: two first requests of the same person at once claim the name once
        LegacyUserName legacy = em.find(LegacyUserName.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (legacy == null || !legacy.isClaimable()) {
            return false;
        }
        rewrite(username, subject);
        legacy.bindTo(subject, now);
        return true;
    }

    /** Every user column that holds {@code username} holds {@code subject} from now on. */
    private void rewrite(String username, String subject) {
        for (UserColumn column : UserColumns.ALL) {
            if (column.equals(CONTRIBUTOR)) {
                // (issue, person) is the key: where the person is in the list under both, keep one row
                em.createNativeQuery("delete from issue_contributor where username = ?1 and issue_id in"
                                + " (select c.issue_id from issue_contributor c where c.username = ?2)")
                        .setParameter(1, username)
                        .setParameter(2, subject)
                        .executeUpdate();
            }
            em.createNativeQuery("update " + column.table() + " set " + column.column() + " = ?1 where "
                            + column.column() + " = ?2")
                    .setParameter(1, subject)
                    .setParameter(2, username)
                    .executeUpdate();
        }
    }

    private static final UserColumn CONTRIBUTOR = new UserColumn("issue_contributor", "username");

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> find(String subject) {
        return Optional.ofNullable(em.find(Account.class, subject));
    }

    /** The account most recently seen under {@code username}: Keycloak gives a name to one person at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> named(String username) {
        return em.createQuery(
                        "select a from Account a where a.username = :name order by a.lastSeen desc, a.firstSeen desc",
                        Account.class)
                .setParameter("name", username)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LegacyUserName> legacy(String username) {
        return Optional.ofNullable(em.find(LegacyUserName.class, username));
    }

    /** Keeps {@code username} as a legacy name that its holder claims at their first sign-in; a no-op if known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepPending(String username) {
        em.createNativeQuery("insert into legacy_user_name (username) values (?1) on conflict do nothing")
                .setParameter(1, username)
                .executeUpdate();
    }
}
