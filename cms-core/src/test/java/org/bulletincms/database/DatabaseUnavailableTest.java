package org.bulletincms.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInsideTheWrappersIsAnOutage() {
        // what WildFly raised while PostgreSQL was stopped: JTA around JPA around the pool around pgjdbc
        SQLException refused = new SQLException("Connection to localhost:23432 refused", "08001");
        Throwable wrapped = new TransactionalException(
                "ARJUNA016107",
                new PersistenceException(
                        "Unable to acquire JDBC Connection",
                        new SQLException(
                                "IJ031041: Unable to get managed connection",
                                new ResourceException("IJ000453: Unable to get managed connection", refused))));

        assertTrue(DatabaseUnavailable.isCauseOf(wrapped));
    }

    @Test
    void aConnectionLostDuringAStatementIsAnOutage() {
        assertTrue(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseUnavailable.isCauseOf(
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void aPoolWithNoConnectionToHandOutInTimeIsAnOutage() {
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException(
                "IJ031041",
                new ResourceException(
                        "IJ000655: No managed connections available within configured blocking timeout"))));
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLTransientConnectionException("timed out")));
    }

    @Test
    void aFailedStatementOrABugIsNotAnOutage() {
        assertFalse(DatabaseUnavailable.isCauseOf(
                new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("no SQLState")));
        assertFalse(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.isCauseOf(null));
    }
}
