package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * Decoding the picture took longer than {@code cms.media.decode-seconds} and was given up: a picture within the
 * pixel limit decodes in well under a second, so one that does not is built to keep a server busy (or is an exotic
 * encoding). Nothing was kept.
 */
public class ImageTooSlowToDecode extends Refusal {

    private final Duration limit;

    public ImageTooSlowToDecode(ImageFormat format, Duration limit) {
        super(
                "image-too-slow-to-decode",
                Kind.INVALID,
                format + " picture not decoded within " + limit.toMillis() + " ms",
                limit.toSeconds());
        this.limit = limit;
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("limitMillis", Json.createValue(limit.toMillis()));
    }
}
