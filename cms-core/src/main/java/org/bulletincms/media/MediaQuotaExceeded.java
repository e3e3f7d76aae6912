package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * Keeping the picture and its renditions would take the publication's media library past
 * {@code cms.media.quota-bytes}. Nothing was kept; removing unused pictures or a larger quota makes room.
 */
public class MediaQuotaExceeded extends Refusal {

    private static final long MIB = 1024 * 1024;

    private final long quotaBytes;
    private final long usedBytes;

    public MediaQuotaExceeded(long quotaBytes, long usedBytes) {
        super(
                "media-quota-exceeded",
                Kind.NO_ROOM,
                "media quota of " + quotaBytes + " bytes reached (" + usedBytes + " used)",
                quotaBytes / MIB,
                usedBytes / MIB);
        this.quotaBytes = quotaBytes;
        this.usedBytes = usedBytes;
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("quotaBytes", Json.createValue(quotaBytes), "usedBytes", Json.createValue(usedBytes));
    }
}
