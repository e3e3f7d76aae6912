package org.bulletincms.node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.database.DatabaseClock;
import org.bulletincms.database.NativeUuid;

/**
 * The nodes that hold a name, each by one run ({@code incarnation}), and when each was last seen, on the
 * database's clock. Every method is a transaction of its own, so other nodes see at once what it did.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NodeRoster {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** What a node found when it asked for its name. */
    public sealed interface Answer {
        /** The name is this run's: it was free, or its holder had not been seen for {@code stale}. */
        record Joined(Optional<Instant> earlierRunLastSeen) implements Answer {}

        /** Another run holds the name and was seen {@code seenAt}: alive, or not yet known to be gone. */
        record Held(UUID incarnation, Instant startedAt, Instant seenAt) implements Answer {}
    }

    /**
     * Takes {@code name} for {@code incarnation} unless another run holds it and was seen less than {@code stale}
     * ago. The row is locked while deciding, so of two nodes starting under one name at once, one decides first.
     */
    public Answer join(String name, UUID incarnation, Duration stale) {
        Instant now = DatabaseClock.instant(em.createNativeQuery("select " + DatabaseClock.epoch("current_timestamp"))
                .getSingleResult());
        List<?> rows = em.createNativeQuery("select incarnation, " + DatabaseClock.epoch("started_at") + ", "
                        + DatabaseClock.epoch("seen_at") + " from cluster_node where name = ?1 for update")
                .setParameter(1, name)
                .getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("insert into cluster_node (name, incarnation, started_at, seen_at)"
                            + " values (?1, ?2, current_timestamp, current_timestamp)")
                    .setParameter(1, name)
                    .setParameter(2, incarnation)
                    .executeUpdate();
            return new Answer.Joined(Optional.empty());
        }
        Object[] row = (Object[]) rows.get(0);
        UUID holder = NativeUuid.of(row[0]);
        Instant seenAt = DatabaseClock.instant(row[2]);
        if (!holder.equals(incarnation) && seenAt.isAfter(now.minus(stale))) {
            return new Answer.Held(holder, DatabaseClock.instant(row[1]), seenAt);
        }
        em.createNativeQuery("update cluster_node set incarnation = ?2, started_at = current_timestamp,"
                        + " seen_at = current_timestamp where name = ?1")
                .setParameter(1, name)
                .setParameter(2, incarnation)
                .executeUpdate();
        return new Answer.Joined(Optional.of(seenAt));
    }

    /** When the run that holds {@code name} was last seen; empty when no run does. */
    public Optional<Instant> lastSeen(String name) {
        return ((List<?>) em.createNativeQuery(
                                "select " + DatabaseClock.epoch("seen_at") + " from cluster_node where name = ?1")
                        .setParameter(1, name)
                        .getResultList())
                .stream().findFirst().map(DatabaseClock::instant);
    }

    /**
     * The names whose runs were seen less than {@code stale} ago on the database's clock: the nodes alive. A name
     * missing from it belongs to a node that stopped gracefully or has not been seen for that long (killed, its
     * machine lost).
     */
    public Set<String> seenWithin(Duration stale) {
        Instant now = DatabaseClock.instant(em.createNativeQuery("select " + DatabaseClock.epoch("current_timestamp"))
                .getSingleResult());
        Set<String> alive = new HashSet<>();
        for (Object row : em.createNativeQuery("select name, " + DatabaseClock.epoch("seen_at") + " from cluster_node")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            if (DatabaseClock.instant(columns[1]).isAfter(now.minus(stale))) {
                alive.add((String) columns[0]);
            }
        }
        return alive;
    }

    /** Says that {@code incarnation} is alive; false when another run has taken its name meanwhile. */
    public boolean renew(String name, UUID incarnation) {
        return em.createNativeQuery("update cluster_node set seen_at = current_timestamp"
                                + " where name = ?1 and incarnation = ?2")
                        .setParameter(1, name)
                        .setParameter(2, incarnation)
                        .executeUpdate()
                == 1;
    }

    /** Gives the name up: the node stops gracefully, and may start again under it at once. */
    public void leave(String name, UUID incarnation) {
        em.createNativeQuery("delete from cluster_node where name = ?1 and incarnation = ?2")
                .setParameter(1, name)
                .setParameter(2, incarnation)
                .executeUpdate();
    }
}
