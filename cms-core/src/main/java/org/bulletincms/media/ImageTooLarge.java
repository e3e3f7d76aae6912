package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The upload is larger than {@code cms.media.max-upload-bytes}; nothing of it was kept. Answers
 * {@code request-too-large} with the limit as {@code maxBytes}, like an oversized source report.
 */
public class ImageTooLarge extends Refusal {

    private static final long MIB = 1024 * 1024;

    private final long maxBytes;

    public ImageTooLarge(long maxBytes) {
        super(
                "request-too-large",
                Kind.TOO_LARGE,
                "picture larger than " + maxBytes + " bytes",
                maxBytes / MIB,
                maxBytes);
        this.maxBytes = maxBytes;
    }

    @Override
    public String detailKey() {
        return "image-too-large";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("maxBytes", Json.createValue(maxBytes));
    }
}
