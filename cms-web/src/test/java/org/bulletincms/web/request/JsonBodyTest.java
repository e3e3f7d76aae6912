package org.bulletincms.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    @Test
    void everyErrorIsReportedAtOnceWithItsPointer() {
        JsonObject json = Json.createObjectBuilder()
                .add("id", "x")
                .add("name", 42)
                .add("colour", "blue")
                .add("tags", Json.createArrayBuilder().add("ok").add(7))
                .build();
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("name", "tags", "year"), Set.of("id"));
        body.optionalText("name", 10);
        body.textList("tags", 5, 10);
        body.requiredInt("year", 1900, 2999);

        InvalidRequest invalid = assertThrows(InvalidRequest.class, body::verify);

        assertEquals(
                List.of("/colour", "/id", "/name", "/tags/1", "/year"),
                invalid.fieldViolations().stream()
                        .map(FieldViolation::pointer)
                        .sorted()
                        .toList());
        assertEquals(
                "field.server-owned",
                invalid.fieldViolations().stream()
                        .filter(e -> e.pointer().equals("/id"))
                        .findFirst()
                        .orElseThrow()
                        .violation()
                        .messageKey());
    }

    @Test
    void anInstantIsAnIsoTimeInUtcAndAnythingElseIsAnErrorAtItsPointer() {
        JsonBody good = JsonBody.of(Json.createObjectBuilder()
                .add("failedSince", "2024-07-15T08:00:00Z")
                .build());
        assertEquals(
                java.time.Instant.parse("2024-07-15T08:00:00Z"),
                good.requiredInstant("failedSince").orElseThrow());
        good.verify();

        for (JsonObject json : List.of(
                Json.createObjectBuilder().add("failedSince", "yesterday").build(),
                Json.createObjectBuilder().add("failedSince", "2024-07-15").build(),
                Json.createObjectBuilder().add("failedSince", 1721030400).build(),
                Json.createObjectBuilder().build())) {
            JsonBody body = JsonBody.of(json);
            body.requiredInstant("failedSince");
            InvalidRequest invalid = assertThrows(InvalidRequest.class, body::verify, json::toString);
            assertEquals(
                    List.of("/failedSince"),
                    invalid.fieldViolations().stream()
                            .map(FieldViolation::pointer)
                            .toList());
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefused() {
        for (String bad : List.of("a\u0000b", "bell\u0007", "del\u007f", "lone \ud800 surrogate", "\udc00")) {
            JsonBody body =
                    JsonBody.of(Json.createObjectBuilder().add("title", bad).build());
            body.requiredText("title", 100);
            InvalidRequest invalid = assertThrows(InvalidRequest.class, body::verify, bad);
            assertEquals(
                    "text.invalid-character",
                    invalid.fieldViolations().get(0).violation().messageKey());
        }
    }

    @Test
    void chineseEmojiTabsAndLineBreaksAreText() {
        JsonBody body = JsonBody.of(
                Json.createObjectBuilder().add("title", "《宣言》\t第一行\n第二行 🌏").build());

        assertEquals("《宣言》\t第一行\n第二行 🌏", body.requiredText("title", 100).orElseThrow());
        body.verify();
    }

    @Test
    void lengthsAreCountedInCharactersNotBytes() {
        JsonBody body =
                JsonBody.of(Json.createObjectBuilder().add("title", "可持续公共采购").build());

        body.requiredText("title", 7);
        body.verify();
    }

    @Test
    void aBodyThatIsNotAnObjectIsMalformed() {
        ApiProblem problem = assertThrows(
                ApiProblem.class, () -> JsonBody.of(Json.createArrayBuilder().build()));

        assertEquals(ProblemType.MALFORMED_REQUEST, problem.type());
    }
}
