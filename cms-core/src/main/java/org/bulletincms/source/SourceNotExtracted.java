package org.bulletincms.source;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/** The source's text was asked for before its extraction is done (or after it failed). */
public class SourceNotExtracted extends Refusal {

    private final ExtractionStatus status;

    public SourceNotExtracted(ExtractionStatus status) {
        super("source-not-extracted", Kind.CONFLICT, "source text not available while " + status.code(), status.code());
        this.status = status;
    }

    public ExtractionStatus status() {
        return status;
    }

    /** {@code extraction}: where extraction stands, so a client knows whether waiting helps. */
    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("extraction", Json.createValue(status.code()));
    }
}
