package org.bulletincms.backup;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * A backup asked for while the server does not recognise its store of source originals: the backup would lack them,
 * or hold another store's, so none is written. Readiness and the log say why; the caller's {@code reason} is the
 * code a failed backup would name.
 */
public class BackupStoreNotRecognised extends Refusal {

    public BackupStoreNotRecognised(String why) {
        super(
                "backup-store-not-recognised",
                Kind.CONFLICT,
                "no backup while the source store is not recognised: " + why);
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("reason", Json.createValue("source-store-not-recognised"));
    }
}
