package org.bulletincms.delivery;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;

/**
 * Writes the delivery records as the bytes front ends receive, with JSON-B: properties in each record's
 * {@code @JsonbPropertyOrder}, absent {@code Optional}s left out, no white space. One instance, because JSON-B
 * instances are thread-safe and costly to create.
 */
public final class DeliveryJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private DeliveryJson() {}

    public static String text(Record document) {
        return JSONB.toJson(document);
    }

    public static byte[] bytes(Record document) {
        return text(document).getBytes(StandardCharsets.UTF_8);
    }
}
