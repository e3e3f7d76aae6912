package org.bulletincms.bench;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * nginx from the machine's packages, serving {@code prefix/html} on its own port in the foreground, as the
 * yardstick for static delivery. Stopped (its master process, which takes its workers along) on close.
 */
final class Nginx implements AutoCloseable {

    private final Process process;

    private Nginx(Process process) {
        this.process = process;
    }

    static Nginx start(Path prefix, int port) throws IOException, InterruptedException {
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, String.join("\n",
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
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    root " + prefix.resolve("html") + ";",
                "    default_type application/json;",
                "    charset utf-8;",
                "  }",
                "}", ""));
        Process process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new Nginx(process);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log")));
                }
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("nginx did not listen on " + port + " within 10 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
