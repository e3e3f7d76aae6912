package org.bulletincms.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void wellFormedUtf8JsonIsRead() {
        JsonObject json = StrictJson.parse(
                        "  {\"title\": \"《宣言》 🌏\", \"n\": [1, {\"a\": null}]}\n".getBytes(StandardCharsets.UTF_8))
                .asJsonObject();

        assertEquals("《宣言》 🌏", json.getString("title"));
    }

    @Test
    void anInvalidUtf8ByteIsRefusedRatherThanStoredAsAReplacementCharacter() {
        byte[] body = {'{', '"', 't', '"', ':', '"', 'a', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertRefused(body, "json-not-utf8");
    }

    @Test
    void anEncodedSurrogateIsRefused() {
        byte[] body = {'{', '"', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};

        assertRefused(body, "json-not-utf8");
    }

    @Test
    void aNameTwiceInOneObjectIsRefused() {
        assertRefused("{\"title\": \"a\", \"title\": \"b\"}", "json-duplicate-name");
        assertRefused("{\"values\": {\"x\": 1, \"x\": 2}}", "json-duplicate-name");
    }

    @Test
    void theSameNameInDifferentObjectsIsFine() {
        StrictJson.parse("[{\"a\": 1}, {\"a\": 2}]".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anythingAfterTheValueIsRefused() {
        assertRefused("{\"title\": \"a\"} xyz", "json-trailing-content");
        assertRefused("{\"title\": \"a\"} {}", "json-trailing-content");
        assertRefused("{\"title\": \"a\"}}", "json-trailing-content");
    }

    @Test
    void notJsonIsRefused() {
        assertRefused("{\"title\": ", "malformed-json");
        assertRefused("   ", "malformed-json");
    }

    private static void assertRefused(String body, String... detailKeys) {
        assertRefused(body.getBytes(StandardCharsets.UTF_8), detailKeys);
    }

    private static void assertRefused(byte[] body, String... detailKeys) {
        ApiProblem problem = assertThrows(
                ApiProblem.class, () -> StrictJson.parse(body), new String(body, StandardCharsets.ISO_8859_1));
        assertEquals(ProblemType.MALFORMED_REQUEST, problem.type());
        assertEquals(true, java.util.List.of(detailKeys).contains(problem.detailKey()), problem.detailKey());
    }
}
