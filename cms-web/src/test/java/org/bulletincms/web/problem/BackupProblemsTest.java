package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.bulletincms.backup.BackupFailed;
import org.bulletincms.backup.BackupRunning;
import org.bulletincms.backup.BackupSpaceExhausted;
import org.bulletincms.backup.BackupStoreNotRecognised;
import org.junit.jupiter.api.Test;

class BackupProblemsTest {

    private static final ProblemDescriptions ENGLISH = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH));
    private static final ProblemDescriptions CHINESE = ProblemDescriptions.inLanguages(List.of(Locale.CHINESE));

    @Test
    void aFullBackupDiskIs507WithWhatIsFreeAndWhatIsNeeded() {
        Problem problem = ENGLISH.forException(
                new BackupSpaceExhausted("/data/backups", 300L << 20, 20L << 20), "POST", "/api/v1/backups");

        assertEquals(507, problem.status());
        assertEquals(
                "urn:bulletin-cms:problem:insufficient-storage",
                problem.type().uri().toString());
        assertEquals("Insufficient storage", problem.title());
        assertTrue(
                problem.detail().contains("20 MiB free") && problem.detail().contains("about 300 MiB"),
                problem.detail());
        assertEquals(
                "存储空间不足",
                CHINESE.forException(new BackupSpaceExhausted("/d", 2, 1), "POST", "/")
                        .title());
    }

    @Test
    void aSecondBackupWhileOneRunsIsAConflict() {
        Problem problem = CHINESE.forException(new BackupRunning(), "POST", "/api/v1/backups");

        assertEquals(409, problem.status());
        assertEquals("正在写入另一份备份；请等它完成后再试。", problem.detail());
    }

    @Test
    void aFailedBackupNamesItsReasonAndIncidentButNeverWhatPgDumpSaid() {
        BackupFailed failed = new BackupFailed(
                BackupFailed.Reason.PG_DUMP_FAILED,
                "pg_dump exited with 1: password authentication failed for user \"cms\"",
                null);

        Problem problem = ENGLISH.forException(failed, "POST", "/api/v1/backups");

        assertEquals(500, problem.status());
        assertEquals(
                "urn:bulletin-cms:problem:backup-failed", problem.type().uri().toString());
        assertEquals("\"pg-dump-failed\"", problem.extensions().get("reason").toString());
        String incident = problem.extensions().get("incident").toString().replace("\"", "");
        assertTrue(problem.detail().contains(incident), problem.detail());
        assertFalse(problem.detail().contains("password"), problem.detail());
    }

    @Test
    void aBackupOfAStoreTheServerDoesNotRecogniseIsRefusedAsAConflict() {
        Problem problem = ENGLISH.forException(
                new BackupStoreNotRecognised("Source store not recognised"), "POST", "/api/v1/backups");

        assertEquals(409, problem.status());
        assertTrue(problem.detail().contains("would lack them"), problem.detail());
    }

    @Test
    void aMissingPgDumpSaysWhatToInstallOrConfigure() {
        Problem problem = ENGLISH.forException(
                new BackupFailed(BackupFailed.Reason.PG_DUMP_MISSING, "no pg_dump", new IOException("error=2")),
                "POST",
                "/api/v1/backups");

        assertTrue(
                problem.detail().contains("PostgreSQL's client programs")
                        && problem.detail().contains("cms.backup.pg-dump"),
                problem.detail());
    }
}
