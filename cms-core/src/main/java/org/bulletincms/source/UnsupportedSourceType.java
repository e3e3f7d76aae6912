package org.bulletincms.source;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The upload's bytes are of a type that is not a source report (see {@link SourceType}); nothing was kept. Answers
 * {@code unsupported-media-type}, the type it had before refusals had codes, with the type found as {@code detected}.
 */
public class UnsupportedSourceType extends Refusal {

    private final String detected;

    public UnsupportedSourceType(String detected) {
        super("unsupported-media-type", Kind.UNSUPPORTED_TYPE, "unsupported source type " + detected, detected);
        this.detected = detected;
    }

    /** The media type the bytes were found to have. */
    public String detected() {
        return detected;
    }

    @Override
    public String detailKey() {
        return "source-type-unsupported";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("detected", Json.createValue(detected));
    }
}
