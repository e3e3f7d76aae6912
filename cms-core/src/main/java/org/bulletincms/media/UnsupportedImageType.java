package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The upload's bytes are not a JPEG, PNG, WebP or GIF picture (an SVG, a document, anything else); nothing was
 * kept. Answers {@code unsupported-media-type} with the type the bytes have as {@code detected}.
 */
public class UnsupportedImageType extends Refusal {

    private final String detected;

    public UnsupportedImageType(String detected) {
        super("unsupported-media-type", Kind.UNSUPPORTED_TYPE, "not an accepted picture: " + detected, detected);
        this.detected = detected;
    }

    @Override
    public String detailKey() {
        return "image-type-unsupported";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("detected", Json.createValue(detected));
    }
}
