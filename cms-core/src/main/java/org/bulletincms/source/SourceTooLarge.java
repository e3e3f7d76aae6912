package org.bulletincms.source;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The upload is larger than {@code cms.sources.max-upload-bytes}; nothing of it was kept. Answers
 * {@code request-too-large}, the type it had before refusals had codes, with the limit as {@code maxBytes}.
 */
public class SourceTooLarge extends Refusal {

    private static final long MIB = 1024 * 1024;

    private final long maxBytes;

    public SourceTooLarge(long maxBytes) {
        super(
                "request-too-large",
                Kind.TOO_LARGE,
                "source larger than " + maxBytes + " bytes",
                maxBytes / MIB,
                maxBytes);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public String detailKey() {
        return "source-too-large";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("maxBytes", Json.createValue(maxBytes));
    }
}
