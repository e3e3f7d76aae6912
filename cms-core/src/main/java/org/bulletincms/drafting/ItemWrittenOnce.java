package org.bulletincms.drafting;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The item is written once, in one language, and shown so in every locale (409): it takes no translation, so a
 * translator's values for another locale are refused, nothing written. {@code writtenIn} names its language.
 */
public class ItemWrittenOnce extends Refusal {

    private final String writtenIn;

    public ItemWrittenOnce(String writtenIn, String target) {
        super(
                "item-written-once",
                Kind.CONFLICT,
                "the item is written once, in " + writtenIn + ", and takes no " + target + " translation",
                writtenIn,
                target);
        this.writtenIn = writtenIn;
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("writtenIn", Json.createValue(writtenIn));
    }
}
