package org.bulletincms.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx from the machine's packages, serving {@code prefix/html} on its own port in the foreground, as the
 * yardstick for static delivery. Stopped (its master process, which takes its workers along) on close.
 *
 * <p>A delivery URL's answer depends on its query and, without {@code ?locale=}, on {@code Accept-Language}; a
 * static file server knows only paths. So each answer is kept as a file named after all three (see
 * {@link StaticMirror#file}), and nginx finds it with a {@code map} that negotiates the header the way the
 * product does for the values the benchmark sends (a first range in English → {@code en}, anything else →
 * {@code zh-CN}, the source locale): a regular expression per request, as cheap as nginx can make it.
 */
final class Nginx implements AutoCloseable {

    private final Process process;

    private Nginx(Process process) {
        this.process = process;
    }

    static Nginx start(Path prefix, int port) throws IOException, InterruptedException {
        return start(
                prefix,
                port,
                String.join(
                        "\n",
                        "  types { application/json json; application/atom+xml atom; }",
                        "  charset utf-8;",
                        "  charset_types application/json application/atom+xml;",
                        "  open_file_cache max=20000 inactive=60s;",
                        "  map $http_accept_language $negotiated { default zh-CN; \"~*^\\s*en\" en; }",
                        "  server {",
                        "    listen 127.0.0.1:" + port + ";",
                        "    root " + prefix.resolve("html") + ";",
                        "    location / {",
                        "      add_header Cache-Control max-age=60;",
                        "      add_header Vary Accept-Language;",
                        "      try_files $uri/_$args.$negotiated.json $uri/_$args.$negotiated.atom =404;",
                        "    }",
                        "  }"));
    }

    /**
     * nginx serving the files under {@code prefix/html} as they are, at the same paths as the product (the media
     * benchmark's renditions): the image types, the product's {@code Cache-Control} for renditions, nginx's own
     * ETag (from the file's time and size) and {@code sendfile}: the fastest way a machine serves a file.
     */
    static Nginx files(Path prefix, int port) throws IOException, InterruptedException {
        return start(
                prefix,
                port,
                String.join(
                        "\n",
                        "  types { image/jpeg jpg; image/png png; image/gif gif; }",
                        "  open_file_cache max=1000 inactive=60s;",
                        "  server {",
                        "    listen 127.0.0.1:" + port + ";",
                        "    root " + prefix.resolve("html") + ";",
                        "    location / {",
                        "      add_header Cache-Control \"public, max-age=31536000, immutable\";",
                        "      add_header X-Content-Type-Options nosniff;",
                        "    }",
                        "  }"));
    }

    /**
     * nginx as the load balancer in front of product nodes, as docs/cluster.md configures it for production:
     * round robin over {@code nodes}, kept-alive connections to them, and a request that a node fails before
     * answering tried once on the next node.
     */
    static Nginx balance(Path prefix, int port, List<URI> nodes) throws IOException, InterruptedException {
        List<String> http = new ArrayList<>();
        http.add("  upstream bulletin {");
        for (URI node : nodes) {
            http.add("    server " + node.getHost() + ":" + node.getPort() + " max_fails=0;");
        }
        http.add("    keepalive 64;");
        http.add("  }");
        http.add("  server {");
        http.add("    listen 127.0.0.1:" + port + ";");
        http.add("    location / {");
        http.add("      proxy_pass http://bulletin;");
        http.add("      proxy_http_version 1.1;");
        http.add("      proxy_set_header Connection \"\";");
        http.add("      proxy_set_header Host $http_host;");
        http.add("      proxy_next_upstream error timeout http_502 http_503;");
        http.add("      proxy_next_upstream_tries 2;");
        http.add("    }");
        http.add("  }");
        return start(prefix, port, String.join("\n", http));
    }

    private static Nginx start(Path prefix, int port, String servers) throws IOException, InterruptedException {
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(
                conf,
                String.join(
                        "\n",
                        "user root;",
                        "worker_processes auto;",
                        "daemon off;",
                        "pid " + prefix.resolve("nginx.pid") + ";",
                        "error_log " + prefix.resolve("logs/error.log") + " warn;",
                        "events { worker_connections 1024; }",
                        "http {",
                        "  access_log off;",
                        "  sendfile on;",
                        "  tcp_nopush on;",
                        "  keepalive_requests 1000000;",
                        "  client_body_temp_path " + prefix.resolve("temp") + ";",
                        "  proxy_temp_path " + prefix.resolve("temp") + ";",
                        "  fastcgi_temp_path " + prefix.resolve("temp") + ";",
                        "  uwsgi_temp_path " + prefix.resolve("temp") + ";",
                        "  scgi_temp_path " + prefix.resolve("temp") + ";",
                        servers,
                        "}",
                        ""));
        Process process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        for (int i = 0; i < 100; i++) {
            if (listens(port)) {
                return new Nginx(process);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log")));
            }
            Thread.sleep(100);
        }
        process.destroy();
        throw new IllegalStateException("nginx did not listen on " + port + " within 10 s");
    }

    /** The master and its workers, whose CPU time the benchmark reads. */
    ProcessHandle master() {
        return process.toHandle();
    }

    private static boolean listens(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return probe.isConnected();
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Interrupted while waiting for nginx to stop, it stops it forcibly and keeps the interrupt for the caller. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
