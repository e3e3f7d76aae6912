package org.bulletincms.backup;

import org.bulletincms.refusal.Refusal;

/** Another backup is being written right now; one at a time, so two never compete for the disk. */
public class BackupRunning extends Refusal {

    public BackupRunning() {
        super("backup-running", Kind.CONFLICT, "a backup is already being written");
    }
}
