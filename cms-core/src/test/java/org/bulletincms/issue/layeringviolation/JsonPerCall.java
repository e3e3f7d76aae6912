package org.bulletincms.issue.layeringviolation;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Builds JSON through jakarta.json.Json, which looks its provider up on every call: LayeringTest must refuse it. */
public final class JsonPerCall {

    private JsonPerCall() {}

    public static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }
}
