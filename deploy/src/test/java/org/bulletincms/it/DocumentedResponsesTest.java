package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The judge of the integration tests' answers, on a small document: what passes, and what fails with what message. */
class DocumentedResponsesTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private final DocumentedResponses judge = new DocumentedResponses(read("""
            {"openapi": "3.1.0",
             "paths": {
               "/api/v1/sources/{id}": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Source"}}}}}}},
               "/api/v1/sources/search": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"type": "object", "required": ["hits"],
                               "properties": {"hits": {"type": "array", "items": {"type": "string"}}}}}}}}}},
               "/api/v1/things": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"type": "object"}}}}}}},
               "/api/v1/issues/{issue}/contents": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"type": "object"}}}}}}},
               "/api/delivery/v1/items/{item}": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Item"}}}}}}}},
             "components": {"schemas": {
               "Item": {"oneOf": [{"$ref": "#/components/schemas/Item.news"},
                                  {"$ref": "#/components/schemas/Item.event"}],
                        "discriminator": {"propertyName": "type",
                                          "mapping": {"news": "#/components/schemas/Item.news",
                                                      "event": "#/components/schemas/Item.event"}}},
               "Item.news": {"type": "object", "required": ["type", "title"],
                             "properties": {"type": {"type": "string", "enum": ["news"]},
                                            "title": {"type": "string"}}},
               "Item.event": {"type": "object", "required": ["type"],
                              "properties": {"type": {"type": "string", "enum": ["event"]}}},
               "Source": {"type": "object", "required": ["id", "uploadedAt"],
                          "properties": {"id": {"type": "string", "format": "uuid"},
                                         "uploadedAt": {"type": "string", "format": "date-time"}}},
               "Problem": {"type": "object", "required": ["type", "status"],
                           "properties": {"type": {"type": "string", "format": "uri"},
                                          "status": {"type": "integer"}}}}}}
            """));

    @Test
    void anAnswerThatMatchesItsSchemaPasses() {
        assertDoesNotThrow(() -> judge.matches(
                "GET",
                "/api/v1/sources/" + ID,
                200,
                JSON,
                "{\"id\": \"" + ID + "\", \"uploadedAt\": \"2026-12-06T12:00:00.123Z\"}"));
    }

    @Test
    void anAnswerThatDoesNotMatchFailsNamingTheOperationAndEveryMismatch() {
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class,
                () -> judge.matches(
                        "GET", "/api/v1/sources/" + ID, 200, JSON, "{\"id\": \"not-a-uuid\", \"size\": 3}"));

        assertAll(
                () -> assertTrue(failure.getMessage().contains("GET /api/v1/sources/{id}"), failure::getMessage),
                () -> assertTrue(failure.getMessage().contains("/id"), failure::getMessage),
                () -> assertTrue(failure.getMessage().contains("uploadedAt"), failure::getMessage));
    }

    @Test
    void anItemIsJudgedByTheVariantItsTypeNames() {
        String item = "/api/delivery/v1/items/" + ID;
        assertAll(
                () -> assertDoesNotThrow(
                        () -> judge.matches("GET", item, 200, JSON, "{\"type\": \"news\", \"title\": \"T\"}")),
                () -> assertThrows(
                        AssertionFailedError.class,
                        () -> judge.matches("GET", item, 200, JSON, "{\"type\": \"news\", \"title\": 3}")));
    }

    @Test
    void aLiteralPathSegmentWinsOverAVariable() {
        assertDoesNotThrow(() -> judge.matches("GET", "/api/v1/sources/search", 200, JSON, "{\"hits\": [\"a\"]}"));
    }

    @Test
    void aProblemIsJudgedByTheProblemSchemaWhateverTheOperation() {
        assertAll(
                () -> assertDoesNotThrow(() -> judge.matches(
                        "DELETE",
                        "/api/v1/nowhere",
                        404,
                        PROBLEM,
                        "{\"type\": \"urn:bulletin-cms:problem:not-found\", \"status\": 404}")),
                () -> assertThrows(
                        AssertionFailedError.class,
                        () -> judge.matches("GET", "/api/v1/things", 400, PROBLEM, "{\"status\": \"400\"}")));
    }

    /** Every operation is typed now, so {@link UntypedOperations} is empty and no answer escapes the check. */
    @Test
    void anOperationWithoutAPreciseSchemaFails() {
        AssertionFailedError failure =
                assertThrows(AssertionFailedError.class, () -> judge.matches("GET", "/api/v1/things", 200, JSON, "{}"));

        assertTrue(failure.getMessage().contains("UntypedOperations"), failure::getMessage);
    }

    @Test
    void anAnswerToAnOperationTheDocumentLacksFails() {
        assertThrows(AssertionFailedError.class, () -> judge.matches("GET", "/api/v1/elsewhere", 200, JSON, "{}"));
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
