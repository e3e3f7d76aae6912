package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableProblemTest {

    /** What a request met while PostgreSQL was stopped: JTA around JPA around the pool around pgjdbc. */
    private static final Throwable POSTGRESQL_STOPPED = new TransactionalException(
            "ARJUNA016107",
            new PersistenceException(
                    "Unable to acquire JDBC Connection",
                    new SQLException(
                            "IJ031041: Unable to get managed connection for java:jboss/datasources/CmsDS",
                            new ResourceException(
                                    "IJ000453", new SQLException("Connection to localhost:5432 refused", "08001")))));

    @Test
    void aRequestThatMeetsAStoppedDatabaseIsAnswered503WithRetryAfterNotAsAnIncident() {
        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(POSTGRESQL_STOPPED, "GET", "/api/v1/publications");

        assertAll(
                () -> assertEquals(503, problem.status()),
                () -> assertEquals(
                        "urn:bulletin-cms:problem:database-unavailable",
                        problem.type().uri().toString()),
                () -> assertEquals("Database unavailable", problem.title()),
                () -> assertTrue(problem.detail().contains("Try again in 5 seconds"), problem.detail()),
                () -> assertEquals(
                        Optional.of(Duration.ofSeconds(5)), problem.type().retryAfter()),
                () -> assertFalse(problem.toJson().containsKey("incident"), "an outage is not an incident"),
                () -> assertTrue(problem.instance().isEmpty()),
                () -> assertFalse(problem.toJson().toString().contains("5432"), "no driver text reaches the client"));
    }

    @Test
    void theOutageIsExplainedInChineseToo() {
        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.SIMPLIFIED_CHINESE))
                .forUncaught(POSTGRESQL_STOPPED, "GET", "/api/delivery/v1/publications/x/issues");

        assertEquals("数据库暂不可用", problem.title());
        assertTrue(problem.detail().contains("请在 5 秒后重试"), problem.detail());
    }

    @Test
    void aBugIsStillAnIncidentWithoutRetryAfter() {
        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(new IllegalStateException("a bug"), "GET", "/api/v1/publications");

        assertEquals(500, problem.status());
        assertTrue(problem.toJson().containsKey("incident"));
        assertTrue(problem.type().retryAfter().isEmpty());
    }
}
