package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.util.Map;
import java.util.UUID;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * A picture was to be replaced by a file another picture of the same library was uploaded from: the library holds
 * each file once. Nothing changed; use the other picture ({@code existing}) instead.
 */
public class MediaAlreadyInLibrary extends Refusal {

    private final UUID existing;

    public MediaAlreadyInLibrary(UUID existing) {
        super("media-already-in-library", Kind.CONFLICT, "the file is already picture " + existing, existing);
        this.existing = existing;
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("existing", Json.createValue(existing.toString()));
    }
}
