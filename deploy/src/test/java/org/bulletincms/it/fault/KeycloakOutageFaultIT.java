package org.bulletincms.it.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.deploy.WildFlyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Keycloak stopped, and WildFly started while it is down (issue #12, finding 6): the delivery API is unaffected,
 * a management call with a token is answered 503 {@code sign-in-unavailable} with {@code Retry-After} and writes
 * nothing, a call without a token stays 401, and once Keycloak is back the same node serves management calls
 * again without a restart or redeploy.
 *
 * <p>It drives processes of its own, which it may stop at will: a Keycloak from its own copy of the distribution
 * on its own ports, and a WildFly from its own copy of the provisioned server with its own data directory (H2)
 * on its own port offset. Its Keycloak keeps the realm in memory (dev-mem), so the restarted realm has new keys:
 * a token issued before the outage is then refused 401 like any token the realm did not sign, and the test signs
 * in again. (Keys that survive a restart need a persistent Keycloak database, as any production Keycloak has.)
 */
@EnabledIfSystemProperty(named = "bulletin.fault.enabled", matches = "true")
class KeycloakOutageFaultIT {

    /** How long the node may take to serve management calls once Keycloak answers again: 3 × the probe interval
     *  (5 s) plus elytron's pause between key fetches (10 s), for a loaded machine. */
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(45);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);
    private static final String SIGN_IN_UNAVAILABLE = "urn:bulletin-cms:problem:sign-in-unavailable";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ServerProcess keycloakProcess;
    private ServerProcess wildflyProcess;

    @AfterEach
    void stopWhatWasStarted() {
        if (wildflyProcess != null) {
            wildflyProcess.close();
        }
        if (keycloakProcess != null) {
            keycloakProcess.close();
        }
    }

    @Test
    void aNodeStartedWhileKeycloakIsDownAnswers503ToManagementCallsUntilKeycloakIsBack() {
        KeycloakServer keycloak = ownKeycloak();
        startKeycloak(keycloak);
        String tokenBeforeTheOutage = token(keycloak, "edith");
        keycloakProcess.close();
        keycloakProcess = null;
        assertFalse(keycloak.isAnswering(), "Keycloak is down");

        WildFlyServer wildfly = ownWildFly(keycloak);
        wildflyProcess = wildfly.start(Path.of("target", "fault-keycloak-outage-wildfly.log"));
        wildfly.awaitReady(Optional.of(wildflyProcess.process()));
        URI node = wildfly.applicationUrl();

        Reply delivery = send(node, "GET", "api/delivery/v1/publications", Optional.empty(), "en", null);
        assertEquals(200, delivery.status(), "the delivery API does not need Keycloak: " + delivery.body());

        Reply refused = send(node, "GET", "api/v1/me", Optional.of(tokenBeforeTheOutage), "en", null);
        assertEquals(503, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(SIGN_IN_UNAVAILABLE, refused.json().getString("type"));
        assertEquals("Sign-in service unavailable", refused.json().getString("title"));
        assertEquals("5", refused.header("Retry-After").orElse(""), "the client is told when to try again");
        assertTrue(refused.header("WWW-Authenticate").isEmpty(), "nobody is told to sign in again");

        Reply refusedInChinese = send(node, "GET", "api/v1/me", Optional.of(tokenBeforeTheOutage), "zh-CN", null);
        assertEquals(503, refusedInChinese.status());
        assertEquals("登录服务不可用", refusedInChinese.json().getString("title"));

        Reply write = send(node, "POST", "api/v1/publications", Optional.of(tokenBeforeTheOutage), "en",
                "{\"slug\":\"outage-bulletin\",\"title\":{\"en\":\"Written during the outage\"},"
                        + "\"sourceLocale\":\"en\",\"targetLocales\":[]}");
        assertEquals(503, write.status(), write.body());

        Reply noToken = send(node, "GET", "api/v1/me", Optional.empty(), "en", null);
        assertEquals(401, noToken.status(), "without a token the answer is 401 whatever the state of Keycloak");
        assertEquals("urn:bulletin-cms:problem:unauthenticated", noToken.json().getString("type"));

        startKeycloak(keycloak);
        long back = System.nanoTime();
        String tokenAfterTheOutage = token(keycloak, "edith");
        Reply me = await("GET /api/v1/me answered 200 after Keycloak returned", RECOVERY_DEADLINE, () -> {
            Reply reply = send(node, "GET", "api/v1/me", Optional.of(tokenAfterTheOutage), "en", null);
            return reply.status() == 200 ? Optional.of(reply) : Optional.empty();
        });
        System.out.printf("Keycloak outage: management calls served again %d ms after Keycloak answered%n",
                Duration.ofNanos(System.nanoTime() - back).toMillis());
        assertEquals("edith", me.json().getString("username"));

        Reply publications = send(node, "GET", "api/v1/publications", Optional.of(tokenAfterTheOutage), "en", null);
        assertEquals(200, publications.status(), publications.body());
        assertFalse(publications.body().contains("outage-bulletin"), "the refused write wrote nothing");

        Reply staleToken = await("a token from before the restart of Keycloak refused 401", RECOVERY_DEADLINE, () -> {
            Reply reply = send(node, "GET", "api/v1/me", Optional.of(tokenBeforeTheOutage), "en", null);
            return reply.status() == 401 ? Optional.of(reply) : Optional.empty();
        });
        assertEquals("urn:bulletin-cms:problem:unauthenticated", staleToken.json().getString("type"));
    }

    private void startKeycloak(KeycloakServer keycloak) {
        keycloakProcess = keycloak.start(Path.of("keycloak/cms-realm.json"),
                Path.of("target", "fault-keycloak-outage-keycloak.log"));
        keycloak.awaitReady(Optional.of(keycloakProcess.process()));
    }

    /**
     * Keycloak from a copy of the build's test distribution, so that stopping it, and its files, touch no other test.
     * The copy is taken once the build's Keycloak answers: its first start augments the distribution in place.
     */
    private static KeycloakServer ownKeycloak() {
        Path distribution = Path.of(required("keycloak.home"));
        new KeycloakServer(distribution, Integer.parseInt(required("keycloak.port")), 0, true)
                .awaitReady(Optional.empty());
        Path copy = Path.of(required("bulletin.fault.keycloak-dir"));
        copyOnce(distribution, copy, "bin/kc.sh");
        return new KeycloakServer(copy, Integer.parseInt(required("bulletin.fault.keycloak-port")),
                Integer.parseInt(required("bulletin.fault.keycloak-management-port")), true);
    }

    /**
     * WildFly from a fresh copy of the provisioned server, on an empty data directory, trusting our own Keycloak, on
     * a port offset of its own (the suite's shared WildFly may be running on the suite's offset). The database is
     * H2 unless the execution sets {@code CMS_DB_*}, which the child process inherits.
     */
    private static WildFlyServer ownWildFly(KeycloakServer keycloak) {
        Path home = Path.of(required("bulletin.fault.server-dir")).resolveSibling("fault-server-keycloak-outage");
        Path data = Path.of(required("bulletin.fault.data-dir")).resolveSibling("fault-data-keycloak-outage");
        delete(home);
        delete(data);
        // the provisioned server (target/server), never a copy another test runs
        copyOnce(Path.of(required("bulletin.fault.server-dir")).resolveSibling("server"), home, "bin/standalone.sh");
        home.resolve("bin/standalone.sh").toFile().setExecutable(true);
        WildFlyServer server = new WildFlyServer(home, data, keycloak.realmUrl(),
                Integer.parseInt(required("bulletin.fault.keycloak-outage.port-offset")),
                Map.of("JAVA_OPTS", required("bulletin.it.java-opts")));
        server.deploy(Path.of(required("bulletin.war")), List.of());
        return server;
    }

    private String token(KeycloakServer keycloak, String user) {
        String form = Map.of("grant_type", "password", "client_id", "cms-ui", "username", user, "password", user)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Reply reply = exchange(request);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("access_token");
    }

    private Reply send(URI node, String method, String path, Optional<String> token, String language, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(DELIVERY_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return exchange(request.build());
    }

    private Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer as the client saw it. */
    private record Reply(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        String contentType() {
            return header("Content-Type").map(value -> value.split(";")[0].trim()).orElse("");
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /** Polls until {@code probe} finds something; fails at the deadline. Failed attempts count as "not yet". */
    private static <T> T await(String what, Duration deadline, Supplier<Optional<T>> probe) {
        long start = System.nanoTime();
        RuntimeException last = null;
        while (System.nanoTime() - start < deadline.toNanos()) {
            try {
                Optional<T> found = probe.get();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (RuntimeException e) {
                last = e;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        AssertionError failure = new AssertionError("no " + what + " within " + deadline);
        if (last != null) {
            failure.initCause(last);
        }
        throw failure;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("the fault test needs -D" + property + " (set by deploy/pom.xml)");
        }
        return value;
    }

    private static void copyOnce(Path from, Path to, String marker) {
        if (Files.exists(to.resolve(marker))) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
