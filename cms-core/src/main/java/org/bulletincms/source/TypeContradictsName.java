package org.bulletincms.source;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * The upload's bytes are of an accepted type that its name contradicts (HTML named {@code report.pdf}): a
 * disguised file, or a mistake the uploader should see before anyone opens it. Nothing was kept.
 */
public class TypeContradictsName extends Refusal {

    private final SourceFileName name;
    private final SourceType detected;

    public TypeContradictsName(SourceFileName name, SourceType detected) {
        super(
                "type-contradicts-name",
                Kind.UNSUPPORTED_TYPE,
                "a file named " + name + " holds " + detected.mediaType(),
                name.value(),
                detected.mediaType());
        this.name = name;
        this.detected = detected;
    }

    public SourceFileName name() {
        return name;
    }

    /** The type the bytes were found to have. */
    public SourceType detected() {
        return detected;
    }

    @Override
    public String detailKey() {
        return "source-type-contradicts-name";
    }

    /** {@code detected}: the media type of the bytes; {@code extension}: the one the name claims. */
    @Override
    public Map<String, JsonValue> facts() {
        return Map.of(
                "detected", Json.createValue(detected.mediaType()), "extension", Json.createValue(name.extension()));
    }
}
