package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The picture's header declares more pixels than {@code cms.media.max-pixels} (a decompression bomb: a few
 * kilobytes that would decode into gigabytes, or simply a huge scan). Refused before anything is decoded.
 */
public class TooManyPixels extends Refusal {

    private final long width;
    private final long height;
    private final long maxPixels;

    public TooManyPixels(long width, long height, long maxPixels) {
        super(
                "image-too-many-pixels",
                Kind.TOO_LARGE,
                "picture of " + width + " x " + height + " pixels, more than " + maxPixels,
                width,
                height,
                maxPixels);
        this.width = width;
        this.height = height;
        this.maxPixels = maxPixels;
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of(
                "width", Json.createValue(width),
                "height", Json.createValue(height),
                "maxPixels", Json.createValue(maxPixels));
    }
}
