package org.bulletincms.backup;

/**
 * The backup directory's file system has too little room, found before writing (the estimate did not fit) or while
 * writing (the disk filled up). Nothing of the backup is left behind.
 */
public class BackupSpaceExhausted extends RuntimeException {

    private final String directory;
    private final long neededBytes;
    private final long usableBytes;

    public BackupSpaceExhausted(String directory, long neededBytes, long usableBytes) {
        super(
                "not enough room in " + directory + " for a backup: about " + neededBytes + " bytes needed, "
                        + usableBytes + " usable",
                null,
                false,
                false);
        this.directory = directory;
        this.neededBytes = neededBytes;
        this.usableBytes = usableBytes;
    }

    public String directory() {
        return directory;
    }

    public long neededBytes() {
        return neededBytes;
    }

    public long usableBytes() {
        return usableBytes;
    }
}
