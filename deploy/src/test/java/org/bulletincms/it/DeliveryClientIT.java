package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A front-end developer's view of the delivery API: the OpenAPI document the running server publishes types every
 * delivery answer, item fields per installed section type (the example plugin's too), and a TypeScript client whose
 * types are generated from it with openapi-typescript type-checks with {@code tsc --strict}
 * ({@code src/test/typescript-client}; installed with {@code npm ci} into {@code target/}, never into the sources).
 *
 * <p>Run on H2 only: the document and the client do not depend on the database (the suite's time).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "bulletin.it.database", matches = "h2")
class DeliveryClientIT {

    private static final String DELIVERY = "/api/delivery/v1";
    private static final String REF = "#/components/schemas/";
    private static final Path CLIENT_SOURCES = Path.of("src/test/typescript-client");
    private static final Path CLIENT = Path.of("target/typescript-client");
    private static final Duration NPM_LIMIT = Duration.ofMinutes(5);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @Test
    void everyDeliveryOperationDocumentsItsBodyWithASchemaAndItsErrorsAsProblems() {
        JsonObject document = document();
        JsonObject paths = document.getJsonObject("paths");
        List<String> delivery = paths.keySet().stream()
                .filter(path -> path.startsWith(DELIVERY))
                .toList();
        assertTrue(delivery.size() >= 9, () -> "delivery operations: " + delivery);
        List<Executable> checks = new ArrayList<>();
        for (String path : delivery) {
            paths.getJsonObject(path).forEach((method, operation) -> {
                if (operation.getValueType() != JsonValue.ValueType.OBJECT
                        || !operation.asJsonObject().containsKey("responses")) {
                    return;
                }
                JsonObject responses = operation.asJsonObject().getJsonObject("responses");
                String name = method.toUpperCase() + " " + path;
                checks.add(() -> assertBodyHasASchema(document, name, responses));
                responses.forEach((status, response) -> {
                    if (status.startsWith("4")) {
                        checks.add(() -> assertProblem(name + " " + status, response.asJsonObject()));
                    }
                });
            });
        }
        assertAll(checks);
    }

    @Test
    void itemFieldsAreDocumentedForEveryInstalledSectionTypeTheExamplePluginIncluded() {
        JsonObject schemas = document().getJsonObject("components").getJsonObject("schemas");
        Set<String> installed = Api.as(DemoUser.EDITH).get("/api/v1/section-types").jsonArray().stream()
                .map(type -> type.asJsonObject().getString("id"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = schemas.keySet().stream()
                .filter(name -> name.startsWith("ItemFields."))
                .map(name -> name.substring("ItemFields.".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        JsonObject tender = schemas.getJsonObject("ItemFields.tender-notice");
        JsonObject item = schemas.getJsonObject("Item");

        assertAll(
                () -> assertTrue(installed.contains("tender-notice"), installed::toString),
                () -> assertEquals(installed, documented),
                () -> assertEquals("type", item.getJsonObject("discriminator").getString("propertyName")),
                () -> assertEquals(installed.size(), item.getJsonArray("oneOf").size(), item::toString),
                () -> assertEquals(
                        REF + "ItemFields.tender-notice",
                        schemas.getJsonObject("Item.tender-notice")
                                .getJsonObject("properties")
                                .getJsonObject("fields")
                                .getString("$ref")),
                () -> assertEquals(
                        Set.of("title", "contractingAuthority", "subject", "submissionDeadline", "url"),
                        Set.copyOf(strings(tender, "required"))),
                () -> assertEquals(
                        300,
                        tender.getJsonObject("properties")
                                .getJsonObject("title")
                                .getInt("maxLength")));
    }

    @Test
    void aTypeScriptClientGeneratedFromTheDocumentTypeChecks() throws Exception {
        requireNpm();
        copyClientSources();
        Files.writeString(
                CLIENT.resolve("openapi.json"),
                Api.anonymous().get("/openapi?format=JSON").body(),
                StandardCharsets.UTF_8);

        run("npm-ci", "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        run(
                "openapi-typescript",
                "node",
                "node_modules/openapi-typescript/bin/cli.js",
                "openapi.json",
                "--output",
                "src/generated/delivery-api.ts");
        run("tsc", "node", "node_modules/typescript/bin/tsc", "--noEmit", "--strict", "-p", "tsconfig.json");
    }

    private static JsonObject document() {
        Api.Reply reply = Api.anonymous().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** A 200 with a body whose schema is a named component (or a non-object such as the Atom feed's string). */
    private static void assertBodyHasASchema(JsonObject document, String operation, JsonObject responses) {
        assertTrue(responses.containsKey("200"), () -> operation + " documents no 200: " + responses);
        JsonObject content = responses.getJsonObject("200").getJsonObject("content");
        assertTrue(content != null && !content.isEmpty(), () -> operation + " documents no 200 body");
        content.forEach((mediaType, media) -> {
            JsonObject schema = media.asJsonObject().getJsonObject("schema");
            assertTrue(schema != null, () -> operation + " " + mediaType + " has no schema");
            if (mediaType.contains("json")) {
                assertTrue(schema.containsKey("$ref"), () -> operation + " answers no schema component: " + schema);
                JsonObject component = resolve(document, schema.getString("$ref"));
                assertTrue(
                        component.containsKey("properties") || component.containsKey("oneOf"),
                        () -> operation + " answers a bare object: " + component);
            } else {
                assertFalse(strings(schema, "type").contains("object"), () -> operation + " answers " + schema);
            }
        });
    }

    private static void assertProblem(String response, JsonObject documented) {
        JsonObject content = documented.getJsonObject("content");
        assertTrue(
                content != null && content.containsKey("application/problem+json"),
                () -> response + " is not documented as a problem: " + documented);
        assertEquals(
                REF + "Problem",
                content.getJsonObject("application/problem+json")
                        .getJsonObject("schema")
                        .getString("$ref", ""),
                response);
    }

    private static JsonObject resolve(JsonObject document, String ref) {
        assertTrue(ref.startsWith(REF), ref);
        JsonObject component = document.getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject(ref.substring(REF.length()));
        assertTrue(component != null, () -> ref + " is not in the document");
        return component;
    }

    /** A keyword's string or strings ("type" is either in OpenAPI 3.1). */
    private static List<String> strings(JsonObject schema, String keyword) {
        JsonValue value = schema.getOrDefault(keyword, JsonValue.EMPTY_JSON_ARRAY);
        return value instanceof JsonString text
                ? List.of(text.getString())
                : value.asJsonArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList();
    }

    private static void requireNpm() {
        try {
            Process npm = new ProcessBuilder("npm", "--version")
                    .redirectErrorStream(true)
                    .start();
            if (!npm.waitFor(1, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                fail("npm --version failed: "
                        + new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            fail(
                    "npm is missing: this test generates a TypeScript client with openapi-typescript and checks it with tsc. "
                            + "Install Node.js 18 or later with npm (apt-get install nodejs npm) and run it again. ("
                            + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The client's sources into target/, where npm installs; node_modules never lands in the source tree. */
    private static void copyClientSources() throws IOException {
        Files.createDirectories(CLIENT);
        try (Stream<Path> files = Files.walk(CLIENT_SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = CLIENT.resolve(CLIENT_SOURCES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Runs a command in the client's folder; its output goes to a log beside it and into the failure message. */
    private static void run(String step, String... command) throws Exception {
        Path log = CLIENT.resolve(step + ".log");
        Process process = new ProcessBuilder(command)
                .directory(CLIENT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(NPM_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + NPM_LIMIT + "; see " + log.toAbsolutePath());
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(
                0,
                process.exitValue(),
                () -> String.join(" ", command) + " failed (" + log.toAbsolutePath() + "):\n" + output);
    }
}
