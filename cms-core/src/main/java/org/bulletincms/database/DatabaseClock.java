package org.bulletincms.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The database's clock: the one clock every node of a cluster shares. Work that several nodes may claim (scheduled
 * publications, webhook deliveries and their leases) is due, and leases end, by this clock, so a node whose own
 * clock runs ahead neither takes work early nor another node's lease before it ends.
 */
@ApplicationScoped
public class DatabaseClock {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /**
     * In a native query, a timestamp as seconds since the epoch ({@code extract(epoch from current_timestamp)}): a number on H2 and
     * PostgreSQL alike, where a timestamp's Java type would depend on the driver and its settings.
     */
    public static String epoch(String timestamp) {
        return "extract(epoch from " + timestamp + ")";
    }

    /** The database's {@code current_timestamp}: the start of the current transaction, on the database's clock. */
    public Instant now() {
        return instant(
                em.createNativeQuery("select " + epoch("current_timestamp")).getSingleResult());
    }

    /**
     * A timestamp as a native query answers it: seconds since the epoch ({@link #epoch}), or a timestamp type of the
     * driver's choosing.
     */
    public static Instant instant(Object value) {
        if (value instanceof Number seconds) {
            BigDecimal nanos =
                    new BigDecimal(seconds.toString()).movePointRight(9).setScale(0, RoundingMode.HALF_UP);
            return Instant.ofEpochSecond(0, nanos.longValueExact());
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp with a time zone: " + value);
    }
}
