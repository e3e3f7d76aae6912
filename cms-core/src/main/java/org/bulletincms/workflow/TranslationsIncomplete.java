package org.bulletincms.workflow;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;
import org.bulletincms.translation.ItemLocaleStatus;

/** The issue cannot go to review (or a locale be marked done) while translations are missing or outdated (409). */
public class TranslationsIncomplete extends Refusal {

    private final List<ItemLocaleStatus> blocking;

    public TranslationsIncomplete(List<ItemLocaleStatus> blocking) {
        super(
                "translations-incomplete",
                Kind.CONFLICT,
                blocking.size() + " translation(s) missing or outdated",
                blocking.size());
        this.blocking = List.copyOf(blocking);
    }

    public List<ItemLocaleStatus> blocking() {
        return blocking;
    }

    /** {@code translations}: the item, locale and status of every translation that blocks the step. */
    @Override
    public Map<String, JsonValue> facts() {
        JsonArrayBuilder missing = Json.createArrayBuilder();
        blocking.forEach(cell -> missing.add(Json.createObjectBuilder()
                .add("item", cell.itemId().toString())
                .add("locale", cell.locale())
                .add("status", cell.status().code())));
        return Map.of("translations", missing.build());
    }
}
