package org.bulletincms.media;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * A picture cannot be deleted while an item or a published edition shows it: a published edition serves its
 * renditions exactly as published, and an item would name a picture that is not there. Nothing was deleted; the
 * answer lists where the picture is used ({@code usedBy}), so the editor can replace it there first.
 */
public class MediaInUse extends Refusal {

    private final transient List<MediaUse> uses;

    public MediaInUse(List<MediaUse> uses) {
        super("media-in-use", Kind.CONFLICT, "picture in use in " + uses.size() + " places", uses.size());
        this.uses = List.copyOf(uses);
    }

    public List<MediaUse> uses() {
        return uses;
    }

    @Override
    public Map<String, JsonValue> facts() {
        JsonArrayBuilder usedBy = Json.createArrayBuilder();
        for (MediaUse use : uses) {
            JsonObjectBuilder place =
                    Json.createObjectBuilder().add("issue", use.issueId().toString());
            use.itemId().ifPresent(item -> place.add("item", item.toString()));
            use.edition().ifPresent(edition -> place.add("edition", edition));
            usedBy.add(place);
        }
        return Map.of("usedBy", usedBy.build());
    }
}
