package org.bulletincms.media;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The upload is a picture of one format named as another ({@code photo.png} holding a JPEG): a disguised file or
 * a mistake the uploader should see. Nothing was kept. Answers {@code type-contradicts-name}, as for source reports.
 */
public class ImageTypeContradictsName extends Refusal {

    private final String extension;
    private final ImageFormat detected;

    public ImageTypeContradictsName(String name, String extension, ImageFormat detected) {
        super(
                "type-contradicts-name",
                Kind.UNSUPPORTED_TYPE,
                "a picture named " + name + " holds " + detected.mediaType(),
                name,
                detected.mediaType());
        this.extension = extension;
        this.detected = detected;
    }

    @Override
    public String detailKey() {
        return "image-type-contradicts-name";
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("detected", Json.createValue(detected.mediaType()), "extension", Json.createValue(extension));
    }
}
