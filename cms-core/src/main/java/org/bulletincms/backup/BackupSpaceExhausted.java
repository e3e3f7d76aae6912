package org.bulletincms.backup;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The backup directory's file system has too little room, found before writing (the estimate did not fit) or while
 * writing (the disk filled up). Nothing of the backup is left behind. Answers {@code insufficient-storage}, the type
 * it had before refusals had codes, with {@code neededBytes} and {@code usableBytes}.
 */
public class BackupSpaceExhausted extends Refusal {

    private static final long MIB = 1024 * 1024;

    private final String directory;
    private final long neededBytes;
    private final long usableBytes;

    public BackupSpaceExhausted(String directory, long neededBytes, long usableBytes) {
        super(
                "insufficient-storage",
                Kind.NO_ROOM,
                "not enough room in " + directory + " for a backup: about " + neededBytes + " bytes needed, "
                        + usableBytes + " usable",
                usableBytes / MIB,
                neededBytes / MIB);
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

    @Override
    public String detailKey() {
        return "backup-no-space";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("neededBytes", Json.createValue(neededBytes), "usableBytes", Json.createValue(usableBytes));
    }
}
