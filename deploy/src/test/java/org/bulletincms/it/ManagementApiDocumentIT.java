package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What a client generator sees of the management API in the OpenAPI document the server publishes: every operation
 * types its JSON request body and its answers precisely (properties, variants, typed items; never a bare object),
 * so the document cannot regress; and {@link UntypedOperations} names only operations that exist and still need it.
 * That the JSON matches the document is checked on every answer the tests receive ({@link DocumentedResponses}).
 *
 * <p>Run on H2 only: the document does not depend on the database (the suite's time).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "bulletin.it.database", matches = "h2")
class ManagementApiDocumentIT {

    private static final String MANAGEMENT = "/api/v1/";
    /** The test WAR's probes (BulletinDeployment): in the document the tests read, never in the product's. */
    private static final String TEST_PROBES = "/api/v1/test-probe/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @Test
    void everyManagementOperationTypesItsJsonRequestAndAnswersPrecisely() throws Exception {
        JsonNode document = document();
        List<Executable> checks = new ArrayList<>();
        forEachOperation(document, (name, operation) -> {
            if (!UntypedOperations.REASONS.containsKey(name)) {
                checks.add(() -> assertTrue(
                        imprecisions(document, operation).isEmpty(),
                        () -> name + " is not typed precisely: " + imprecisions(document, operation)));
            }
        });
        assertFalse(checks.isEmpty(), "the document has no management operations");
        assertAll(checks);
    }

    @Test
    void theListOfUntypedOperationsNamesOnlyOperationsThatStillNeedIt() throws Exception {
        JsonNode document = document();
        List<String> operations = DocumentedResponses.operationsOf(document);
        List<Executable> checks = new ArrayList<>();
        UntypedOperations.REASONS
                .keySet()
                .forEach(name -> checks.add(() -> {
                    assertTrue(
                            operations.contains(name), () -> name + " is not in the document: remove it from the list");
                    forEachOperation(document, (other, operation) -> {
                        if (other.equals(name)) {
                            assertFalse(
                                    imprecisions(document, operation).isEmpty(),
                                    () -> name + " is typed precisely now: remove it from UntypedOperations");
                        }
                    });
                }));
        assertAll(checks);
    }

    @Test
    void everyDocumentedErrorBodyIsAProblem() throws Exception {
        JsonNode document = document();
        List<Executable> checks = new ArrayList<>();
        forEachOperation(
                document,
                (name, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
                    // MicroProfile OpenAPI adds 401 and 403 without a body to secured operations; a documented
                    // error body must be a problem (what is answered is checked on every answer anyway).
                    if ((response.getKey().startsWith("4") || response.getKey().startsWith("5"))
                            && response.getValue().has("content")) {
                        checks.add(() -> assertEquals(
                                "#/components/schemas/Problem",
                                response.getValue()
                                        .path("content")
                                        .path("application/problem+json")
                                        .path("schema")
                                        .path("$ref")
                                        .asText(),
                                () -> name + " " + response.getKey() + " is not a problem: " + response.getValue()));
                    }
                }));
        assertAll(checks);
    }

    /** What keeps an operation from being precisely typed; empty when nothing does. */
    private static List<String> imprecisions(JsonNode document, JsonNode operation) {
        List<String> found = new ArrayList<>();
        operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
            if (!DocumentedResponses.isPrecise(document, media.getValue().path("schema"))) {
                found.add("request " + media.getKey() + " " + media.getValue());
            }
        });
        boolean answers = false;
        Iterator<Map.Entry<String, JsonNode>> responses =
                operation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            answers = true;
            JsonNode content = response.getValue().path("content");
            if (!response.getKey().equals("204") && content.isEmpty()) {
                found.add(response.getKey() + " documents no body (204 if it has none)");
            }
            content.fields().forEachRemaining(media -> {
                if (!DocumentedResponses.isPrecise(document, media.getValue().path("schema"))) {
                    found.add(response.getKey() + " " + media.getKey() + " " + media.getValue());
                }
            });
        }
        if (!answers) {
            found.add("no success answer documented");
        }
        return found;
    }

    private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> check) {
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith(MANAGEMENT) && !path.getKey().startsWith(TEST_PROBES)) {
                path.getValue().fields().forEachRemaining(method -> {
                    if (method.getValue().has("responses")) {
                        check.accept(
                                method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                                method.getValue());
                    }
                });
            }
        });
    }

    private static JsonNode document() throws Exception {
        Api.Reply reply = Api.anonymous().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply::toString);
        return new ObjectMapper().readTree(reply.body());
    }
}
