package org.bulletincms.backup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletincms.source.SourceReconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path temp;

    @Test
    void noBackupIsWrittenWhileTheServerDoesNotRecogniseItsSourceStore() {
        Backups backups = new Backups();
        backups.configuredDirectory =
                java.util.Optional.of(temp.resolve("backups").toString());
        backups.pgDumpTimeoutSeconds = 3600;
        backups.checkConfiguration();
        backups.reconciliation = new SourceReconciliation(); // has not recognised any store yet

        assertThrows(BackupStoreNotRecognised.class, backups::take);

        assertFalse(Files.exists(temp.resolve("backups")), "nothing written");
    }
}
