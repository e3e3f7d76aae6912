package org.bulletincms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void memberOrderDoesNotChangeTheHash() {
        JsonObject a = Json.createObjectBuilder()
                .add("title", "《宣言》")
                .add("n", 1)
                .add("list", Json.createArrayBuilder().add("01").add("02"))
                .build();
        JsonObject b = Json.createObjectBuilder()
                .add("list", Json.createArrayBuilder().add("01").add("02"))
                .add("n", 1)
                .add("title", "《宣言》")
                .build();

        assertEquals(CanonicalJson.of(a), CanonicalJson.of(b));
        assertEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
    }

    @Test
    void anyChangeOfContentOrListOrderChangesTheHash() {
        JsonObject a = Json.createObjectBuilder()
                .add("list", Json.createArrayBuilder().add("01").add("02"))
                .build();
        JsonObject b = Json.createObjectBuilder()
                .add("list", Json.createArrayBuilder().add("02").add("01"))
                .build();
        JsonObject c = Json.createObjectBuilder()
                .add("list", Json.createArrayBuilder().add("01").add("02 "))
                .build();

        assertNotEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
        assertNotEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(c));
    }

    @Test
    void textIsEscapedOneWay() {
        JsonObject json =
                Json.createObjectBuilder().add("t", "a\"b\\c\nd\u0001").build();

        assertEquals("{\"t\":\"a\\\"b\\\\c\\nd\\u0001\"}", CanonicalJson.of(json));
        assertEquals(64, CanonicalJson.sha256(json).length());
    }
}
