package org.bulletincms.backup;

/** Another backup is being written right now; one at a time, so two never compete for the disk. */
public class BackupRunning extends RuntimeException {

    public BackupRunning() {
        super("a backup is already being written", null, false, false);
    }
}
