package org.bulletincms.database;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells whether a failure means the database cannot be reached right now (down, restarting, unreachable, or no
 * connection to be had from the pool in time), as opposed to a failure of the statement itself. Walks the cause
 * chain, because JPA, Hibernate, JTA and the connection pool each wrap what the JDBC driver said.
 */
public final class DatabaseUnavailable {

    /** SQLState classes and codes that say the connection, not the statement, failed (SQL standard and PostgreSQL). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown: the server is shutting down
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now: starting up or in recovery
            "53300"); // too_many_connections
    private static final int DEEPEST_CAUSE = 30;

    private DatabaseUnavailable() {}

    public static boolean isCauseOf(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < DEEPEST_CAUSE; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                            || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            // the pool could not hand out a connection: it could not open one, or none came free in time
            if (cause instanceof ResourceException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
