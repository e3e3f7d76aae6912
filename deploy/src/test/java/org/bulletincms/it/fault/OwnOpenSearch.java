package org.bulletincms.it.fault;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;

/**
 * An OpenSearch 2.19 of the tests' own: the distribution the build unpacked from Maven Central
 * ({@code org.opensearch.distribution.integ-test-zip:opensearch}, no bundled JDK, only the {@code transport-netty4}
 * module), one node on loopback ports of its own, data in a directory the tests own, run on the tests' Java.
 * OpenSearch refuses to run as root, so as root (CI) it runs as the system user {@value #USER}, created here when
 * missing. Started once per test JVM; {@link #close()} stops it and everything it started.
 */
public final class OwnOpenSearch implements AutoCloseable {

    /** About 20-30 s on an idle 2-core machine; generous for a loaded one. */
    public static final Duration START_DEADLINE = Duration.ofMinutes(4);

    static final String USER = "bulletin-search";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path home;
    private final Path dataDirectory;
    private final int httpPort;
    private final int transportPort;
    private final Path console;
    private ServerProcess running;

    public OwnOpenSearch(Path home, Path dataDirectory, int httpPort, int transportPort, Path console) {
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.console = console;
    }

    /** Where the product reaches it ({@code CMS_SEARCH_OPENSEARCH_URL}). */
    public URI url() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Starts OpenSearch and waits until the cluster answers; returns how long that took. */
    public synchronized Duration start() {
        if (running != null && running.process().isAlive()) {
            throw new IllegalStateException("OpenSearch is running already");
        }
        long start = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(console.getParent());
            List<String> command = new ArrayList<>();
            if (runningAsRoot()) {
                ensureUser();
                run(List.of("chown", "-R", USER, home.toString(), dataDirectory.toString()));
                command.addAll(List.of("runuser", "-u", USER, "--"));
            }
            command.addAll(List.of(
                    home.resolve("bin/opensearch").toString(),
                    "-Ediscovery.type=single-node",
                    "-Enetwork.host=127.0.0.1",
                    "-Ehttp.port=" + httpPort,
                    "-Etransport.port=" + transportPort,
                    "-Epath.data=" + dataDirectory.toAbsolutePath(),
                    "-Ecluster.name=bulletin-tests",
                    // a full disk on a CI machine must not turn the tests' index read-only
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
            home.resolve("bin/opensearch").toFile().setExecutable(true, false);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
            builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
            running = new ServerProcess("OpenSearch", builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start OpenSearch from " + home, e);
        }
        Readiness.await(
                "OpenSearch",
                url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"),
                START_DEADLINE,
                Optional.of(running.process()));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Freezes OpenSearch (SIGSTOP to its processes), as a hung or swapping engine: connections are still accepted by
     * the kernel, nothing is answered. {@link #resume()} lets it go on.
     */
    public synchronized void pause() {
        signal("-STOP");
    }

    /** Lets a {@link #pause() paused} OpenSearch go on (SIGCONT). */
    public synchronized void resume() {
        signal("-CONT");
    }

    private void signal(String signal) {
        if (running == null) {
            throw new IllegalStateException("OpenSearch is not running");
        }
        List<String> command = new ArrayList<>(List.of("kill", signal));
        command.add(Long.toString(running.process().pid()));
        running.process().descendants().forEach(process -> command.add(Long.toString(process.pid())));
        if (run(command) != 0) {
            throw new IllegalStateException("could not send " + signal + " to OpenSearch: " + command);
        }
    }

    /** How many documents the index behind Hibernate Search's read alias of {@code index} holds. */
    public long count(String index) {
        JsonObject answer = get("/" + index + "-read/_count");
        return answer.getJsonNumber("count").longValue();
    }

    /** The concrete index names behind {@code alias} (Hibernate Search's {@code <index>-read} and {@code -write}). */
    public List<String> indicesBehind(String alias) {
        return new ArrayList<>(get("/_alias/" + alias).keySet());
    }

    /** Whether the concrete index {@code index} exists (an alias's name counts too). */
    public boolean exists(String index) {
        try {
            int status = HTTP.send(
                            HttpRequest.newBuilder(url().resolve("/" + index))
                                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(url().resolve(path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "OpenSearch answered " + response.statusCode() + " to " + path + ": " + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureUser() {
        if (run(List.of("id", "-u", USER)) != 0) {
            run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER));
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
