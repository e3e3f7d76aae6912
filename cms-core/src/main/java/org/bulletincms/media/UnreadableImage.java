package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The bytes start like a picture but cannot be decoded as one: cut off before their end (an interrupted copy or
 * download) or damaged. Nothing was kept. {@code reason} says which, so the editor knows to export it again.
 */
public class UnreadableImage extends Refusal {

    /** Why a picture could not be read. */
    public enum Reason {
        /** The file ends before the picture does. */
        TRUNCATED,
        /** The picture's data is damaged or not what its header promises. */
        CORRUPT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public UnreadableImage(Reason reason, ImageFormat format, String why) {
        super("image-unreadable", Kind.INVALID, format + " picture " + reason.code() + ": " + why, format.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String detailKey() {
        return "image-unreadable-" + reason.code();
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("reason", Json.createValue(reason.code()));
    }
}
