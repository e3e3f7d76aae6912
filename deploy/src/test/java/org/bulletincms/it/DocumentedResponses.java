package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The live OpenAPI document as the judge of every JSON answer the tests receive: {@link Api} hands each answer to
 * {@link #check}, which fails the test when the body does not match the schema the document gives for that operation,
 * status and media type. Problem+json answers match the {@code Problem} schema whatever the operation. An operation
 * the document does not type precisely fails too, unless {@link UntypedOperations} lists it with its reason.
 *
 * <p>The document is read once per server (scheme, host and port) and again when an answer does not match it (the
 * deployment may have changed), with the JSON Schema 2020-12 validator of
 * networknt in the OpenAPI 3.1 dialect; {@code format} is asserted (uuid, date-time, uri), so a format the document
 * promises is a format the server keeps.
 */
final class DocumentedResponses {

    /** Where the document's own references point once made absolute; never fetched, the loader serves it. */
    private static final String DOCUMENT = "https://bulletin-cms.test/openapi.json";

    /** Test-only resources that some test deployments add to the WAR (it.probe): not the product's API. */
    private static final String TEST_PROBES = "/api/v1/test-probe/";

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, DocumentedResponses> BY_SERVER = new ConcurrentHashMap<>();

    private final JsonNode document;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config;
    private final List<Operation> operations;

    DocumentedResponses(JsonNode document) {
        this.document = absoluteReferences(document.deepCopy());
        String text = this.document.toString();
        this.schemas = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(OpenApi31.getInstance())
                        .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, text))));
        this.config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .discriminatorKeywordEnabled(true)
                .build();
        this.operations = operations(this.document);
    }

    /**
     * Fails when a JSON answer to a request under {@code /api/} does not match the document. Answers without a body,
     * answers that are not JSON (HTML, Atom, originals) and the test probes' answers are not checked here.
     */
    static void check(HttpRequest request, HttpResponse<String> response) {
        URI uri = request.uri();
        String contentType =
                response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].strip();
        if (!uri.getPath().startsWith("/api/")
                || uri.getPath().startsWith(TEST_PROBES)
                || response.body().isEmpty()
                || !(mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            return;
        }
        URI server = URI.create(uri.getScheme() + "://" + uri.getAuthority());
        DocumentedResponses judge =
                BY_SERVER.computeIfAbsent(server.toString(), key -> new DocumentedResponses(fetch(server)));
        try {
            judge.matches(request.method(), uri.getPath(), response.statusCode(), mediaType, response.body());
        } catch (AssertionError mismatch) {
            // Tests deploy different archives to one server (with and without the example plugin), and the document
            // follows the deployment: judge again by the document the server publishes now before failing.
            DocumentedResponses current = new DocumentedResponses(fetch(server));
            BY_SERVER.put(server.toString(), current);
            current.matches(request.method(), uri.getPath(), response.statusCode(), mediaType, response.body());
        }
    }

    /** Every operation of the document as {@code METHOD /path/{template}}, for the document's own checks. */
    static List<String> operationsOf(JsonNode document) {
        return operations(document).stream().map(Operation::name).toList();
    }

    /** A schema is precise when it says what is in the JSON: properties, variants, typed items or a scalar type. */
    static boolean isPrecise(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.has("properties") || resolved.has("oneOf") || resolved.has("anyOf") || resolved.has("allOf")) {
            return true;
        }
        if (resolved.has("additionalProperties")
                && resolved.get("additionalProperties").isObject()) {
            return isPrecise(document, resolved.get("additionalProperties"));
        }
        Set<String> types = types(resolved);
        if (types.contains("array")) {
            return resolved.has("items") && isPrecise(document, resolved.get("items"));
        }
        return !types.isEmpty() && !types.contains("object");
    }

    /** Fails unless the body of that answer matches its schema in the document (or its operation is listed). */
    void matches(String method, String path, int status, String mediaType, String body) {
        String answer = method + " " + path + " answered " + status + " " + mediaType;
        if (mediaType.equals("application/problem+json")) {
            validate(answer, schemaAt(PROBLEM), body);
            return;
        }
        Optional<Operation> operation = operations.stream()
                .filter(candidate -> candidate.answers(method, path))
                .min(Comparator.comparingInt(Operation::variables));
        if (operation.isPresent()
                && UntypedOperations.REASONS.containsKey(operation.get().name())) {
            return;
        }
        if (operation.isEmpty()) {
            fail(answer + ", but the OpenAPI document has no such operation:\n" + excerpt(body));
        }
        JsonNode responses = operation.get().node().path("responses");
        JsonNode response = responses.has(String.valueOf(status))
                ? responses.get(String.valueOf(status))
                : responses.path(status / 100 + "XX").isMissingNode()
                        ? responses.path("default")
                        : responses.path(status / 100 + "XX");
        JsonNode schema = response.path("content").path(mediaType).path("schema");
        if (schema.isMissingNode() || !isPrecise(document, schema)) {
            fail(answer + ", for which " + operation.get().name() + " in the OpenAPI document has no precise schema ("
                    + (schema.isMissingNode() ? "none" : schema.toString()) + "): type it, or list it with its reason "
                    + "in UntypedOperations.\n" + excerpt(body));
        }
        validate(answer + " (" + operation.get().name() + ")", schemas.getSchema(schema, config), body);
    }

    private JsonSchema schemaAt(String pointer) {
        return schemas.getSchema(JSON.createObjectNode().put("$ref", DOCUMENT + pointer), config);
    }

    private static void validate(String answer, JsonSchema schema, String body) {
        Set<ValidationMessage> errors = schema.validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            fail(answer + ", which does not match its schema in the OpenAPI document:\n  "
                    + errors.stream()
                            .map(ValidationMessage::getMessage)
                            .sorted()
                            .collect(Collectors.joining("\n  "))
                    + "\n" + excerpt(body));
        }
    }

    private static String excerpt(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    private static JsonNode fetch(URI server) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/openapi?format=JSON"))
                .timeout(Duration.ofSeconds(60))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                fail("GET /openapi answered " + response.statusCode() + ": " + excerpt(response.body()));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET /openapi on " + server + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code "$ref": "#/components/…"} (and a discriminator's mapping) made absolute, so a schema taken out of the
     * document still resolves.
     */
    private static JsonNode absoluteReferences(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                object.put("$ref", DOCUMENT + ref.asText());
            }
            // The validator picks a oneOf variant by the discriminator's mapping, which must name the variants as
            // their (now absolute) references do.
            JsonNode mapping = object.path("discriminator").path("mapping");
            if (mapping.isObject()) {
                ObjectNode variants = (ObjectNode) mapping;
                List.copyOf(variants.properties()).forEach(variant -> {
                    if (variant.getValue().asText().startsWith("#/")) {
                        variants.put(
                                variant.getKey(), DOCUMENT + variant.getValue().asText());
                    }
                });
            }
            object.forEach(DocumentedResponses::absoluteReferences);
        } else if (node.isArray()) {
            node.forEach(DocumentedResponses::absoluteReferences);
        }
        return node;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        if (!ref.isTextual()) {
            return schema;
        }
        String pointer = ref.asText().substring(ref.asText().indexOf('#') + 1);
        return resolve(document, document.at(pointer));
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return Set.of(type.asText());
        }
        return StreamSupport.stream(type.spliterator(), false)
                .map(JsonNode::asText)
                .filter(name -> !name.equals("null"))
                .collect(Collectors.toSet());
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options")
                        .contains(method.getKey())) {
                    operations.add(
                            new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    /** One operation of the document: its method, path template and description. */
    record Operation(String method, String template, JsonNode node) {

        String name() {
            return method + " " + template;
        }

        int variables() {
            return (int) template.chars().filter(c -> c == '{').count();
        }

        boolean answers(String requestMethod, String path) {
            return method.equals(requestMethod) && pattern().matcher(path).matches();
        }

        /** The template as a pattern: each {@code {variable}} is one path segment. */
        private Pattern pattern() {
            return Pattern.compile(Arrays.stream(template.split("/", -1))
                    .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                    .collect(Collectors.joining("/")));
        }
    }
}
