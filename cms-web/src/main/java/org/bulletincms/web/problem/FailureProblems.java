package org.bulletincms.web.problem;

import java.util.Map;
import java.util.Optional;
import org.bulletincms.backup.BackupFailed;
import org.bulletincms.database.DatabaseUnavailable;
import org.bulletincms.search.SearchEngineUnavailable;
import org.bulletincms.spi.Json;

/**
 * Failures of the product rather than refusals: the database being away is said as such (503, come back later, no
 * incident: the outage is logged once, not per request), and so is the shared search engine (OpenSearch) being away
 * (503, only searches need it); a backup that failed names its reason's code and an
 * incident; anything else is an incident, logged with an id the caller receives and nothing more. A 5xx never echoes
 * internals.
 */
final class FailureProblems {

    private final ProblemText texts;

    FailureProblems(ProblemText texts) {
        this.texts = texts;
    }

    Problem describe(Throwable failure, String method, String path) {
        if (DatabaseUnavailable.isCauseOf(failure)) {
            ProblemType unavailable = ProblemType.DATABASE_UNAVAILABLE;
            return texts.problem(
                    unavailable,
                    "detail.database-unavailable",
                    unavailable.retryAfter().orElseThrow().toSeconds());
        }
        if (SearchEngineUnavailable.isCauseOf(failure)) {
            ProblemType unavailable = ProblemType.SEARCH_UNAVAILABLE;
            return texts.problem(
                    unavailable,
                    "detail.search-unavailable",
                    unavailable.retryAfter().orElseThrow().toSeconds());
        }
        Optional<BackupFailed> backup = Causes.find(failure, BackupFailed.class);
        if (backup.isPresent()) {
            // the cause (paths, pg_dump's words) goes to the log under the incident id, never to the caller
            Incident incident = Incident.record(method, path, backup.get());
            String reason = backup.get().reason().code();
            return texts.problem(
                    ProblemType.BACKUP_FAILED,
                    Map.of(
                            "reason",
                            Json.createValue(reason),
                            "incident",
                            Json.createValue(incident.id().toString())),
                    "detail.backup-failed-" + reason,
                    incident.id().toString());
        }
        return incident(method, path, failure);
    }

    /** A failure nobody anticipated: logged with an incident id, answered with the id only. */
    Problem incident(String method, String path, Throwable failure) {
        Incident incident = Incident.record(method, path, failure);
        Problem problem = texts.problem(
                ProblemType.INTERNAL_ERROR,
                "detail.internal-error",
                incident.id().toString());
        return new Problem(
                problem.type(),
                problem.status(),
                problem.title(),
                problem.detail(),
                Optional.of(incident.uri()),
                Map.of("incident", Json.createValue(incident.id().toString())));
    }
}
