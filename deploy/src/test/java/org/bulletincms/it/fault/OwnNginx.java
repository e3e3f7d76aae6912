package org.bulletincms.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;

/**
 * nginx from Debian's packages ({@code /usr/sbin/nginx}, which {@code .ci/run} installs) as the balancer in front of
 * the cluster's nodes, on a port of its own, with a configuration of the tests' own written to {@code directory}.
 * The balancer's own retry settings are the ones docs/cluster.md states ({@link #configuration}): a request that
 * fails to connect, gets no answer within 20 s, or is answered 502/503/504 (a node stopping or starting answers 503)
 * is tried on the next node, at most twice more and within 25 s of its start. No node is ever marked failed
 * ({@code max_fails=0}): with one node stopped, a single slow answer of the other must not leave no node at all.
 */
public final class OwnNginx implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");

    /** nginx starts in well under a second; generous for a loaded machine. */
    public static final Duration START_DEADLINE = Duration.ofSeconds(30);

    private final Path directory;
    private final int port;
    private final List<URI> nodes;
    private ServerProcess running;

    public OwnNginx(Path directory, int port, List<URI> nodes) {
        this.directory = directory;
        this.port = port;
        this.nodes = List.copyOf(nodes);
    }

    /** The balancer's address ({@code http://localhost:port/}). */
    public URI url() {
        return URI.create("http://localhost:" + port + "/");
    }

    /**
     * The balancer's access log: one line per answer, {@code msec status bytes "request" upstream=… upstream_status=…
     * upstream_time=… request_time=…}, where the upstream fields list every node tried for that request, in order.
     */
    public Path accessLog() {
        return directory.resolve("logs/access.log");
    }

    /** The access log's lines of answers other than {@code 200}, as the client saw them (for a failure's message). */
    public List<String> answersOtherThan200() {
        if (!Files.exists(accessLog())) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(accessLog(), StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.split(" ", 3)[1].equals("200")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + accessLog(), e);
        }
    }

    /** Writes the configuration, starts nginx in the foreground (a child of the tests) and waits until it answers. */
    public synchronized Duration start() {
        long start = System.nanoTime();
        try {
            Files.createDirectories(directory.resolve("logs"));
            // this run's answers only: the directory outlives a run, and nginx appends
            Files.deleteIfExists(accessLog());
            Files.deleteIfExists(directory.resolve("logs/error.log"));
            Files.createDirectories(directory.resolve("temp"));
            Path conf = directory.resolve("nginx.conf");
            Files.writeString(conf, configuration(), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(
                            NGINX.toString(),
                            "-p",
                            directory.toAbsolutePath() + "/",
                            "-c",
                            conf.toAbsolutePath().toString(),
                            "-e",
                            directory.resolve("logs/error.log").toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            directory.resolve("logs/console.log").toFile()));
            running = new ServerProcess("nginx", builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start nginx in " + directory, e);
        }
        Readiness.await("nginx", url().resolve("/api/delivery/v1"), START_DEADLINE, Optional.of(running.process()));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The balancer's configuration: the retry settings docs/cluster.md states. */
    String configuration() {
        String upstreams = nodes.stream()
                .map(node ->
                        String.format(Locale.ROOT, "        server %s:%d max_fails=0;", "127.0.0.1", node.getPort()))
                .collect(Collectors.joining("\n"));
        String temp = directory.resolve("temp").toAbsolutePath().toString();
        return String.join(
                "\n",
                "daemon off;",
                "worker_processes 1;",
                "pid " + directory.resolve("nginx.pid").toAbsolutePath() + ";",
                "events { worker_connections 4096; }",
                "http {",
                // every answer with its time in ms and each node tried, in order, with what that node answered (e.g.
                // "127.0.0.1:15580, 127.0.0.1:14580" and "503, 200"): a failure is matched with that node's server.log
                "    log_format answers '$msec $status $body_bytes_sent \"$request\" upstream=$upstream_addr'",
                "        ' upstream_status=$upstream_status upstream_time=$upstream_response_time request_time=$request_time';",
                "    access_log " + accessLog().toAbsolutePath() + " answers;",
                "    client_body_temp_path " + temp + "/body;",
                "    proxy_temp_path " + temp + "/proxy;",
                "    fastcgi_temp_path " + temp + "/fastcgi;",
                "    uwsgi_temp_path " + temp + "/uwsgi;",
                "    scgi_temp_path " + temp + "/scgi;",
                "    upstream bulletin {",
                upstreams,
                "        keepalive 16;",
                "    }",
                "    server {",
                "        listen 127.0.0.1:" + port + ";",
                "        location / {",
                "            proxy_pass http://bulletin;",
                "            proxy_http_version 1.1;",
                "            proxy_set_header Connection \"\";",
                "            proxy_set_header Host $host;",
                // set, never appended: a node trusts only what its proxy wrote (cms.trusted-proxies)
                "            proxy_set_header X-Forwarded-For $remote_addr;",
                "            proxy_set_header X-Forwarded-Proto $scheme;",
                "            proxy_set_header X-Forwarded-Host $host;",
                "            proxy_set_header X-Forwarded-Port $server_port;",
                "            proxy_connect_timeout 2s;",
                "            proxy_read_timeout 20s;",
                "            proxy_next_upstream error timeout http_502 http_503 http_504;",
                "            proxy_next_upstream_tries 3;",
                "            proxy_next_upstream_timeout 25s;",
                "        }",
                "    }",
                "}",
                "");
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    @Override
    public String toString() {
        return "nginx on " + url();
    }
}
