package org.bulletincms.exchange;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * An uploaded XLIFF file is larger than {@code cms.translation.xliff-max-bytes} (413); it was not read further and
 * nothing was written. Answers {@code request-too-large}, as every oversized body does, with {@code maxBytes}.
 */
public class XliffTooLarge extends Refusal {

    private final long maxBytes;

    public XliffTooLarge(long maxBytes) {
        super("request-too-large", Kind.TOO_LARGE, "XLIFF file larger than " + maxBytes + " bytes", maxBytes);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public String detailKey() {
        return "xliff-too-large";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("maxBytes", Json.createValue(maxBytes));
    }
}
