package org.bulletincms.exchange;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * An uploaded TMX file is larger than {@code cms.translation.xliff-max-bytes}, the limit on every exchange file
 * (413); it was not read further and nothing was written. Answers {@code request-too-large} with {@code maxBytes}.
 */
public class TmxTooLarge extends Refusal {

    private final long maxBytes;

    public TmxTooLarge(long maxBytes) {
        super("request-too-large", Kind.TOO_LARGE, "TMX file larger than " + maxBytes + " bytes", maxBytes);
        this.maxBytes = maxBytes;
    }

    @Override
    public String detailKey() {
        return "tmx-too-large";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("maxBytes", Json.createValue(maxBytes));
    }
}
