package org.bulletincms.it.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL server, started for one test in a data directory of its own on an ephemeral port. The backup
 * test needs it rather than the zonky server the other tests use: {@code pg_dump} refuses a server of a newer major
 * version than its own, zonky bundles no {@code pg_dump}, and Debian's client programs are of Debian's server version.
 * As root (CI), the server runs as the {@code postgres} user, which refuses to run as root.
 */
public final class DebianPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;
    private boolean started;

    public DebianPostgres(Path data) {
        this.bin = installed();
        this.data = data;
        this.port = freePort();
    }

    /** The newest {@code /usr/lib/postgresql/<version>/bin} that has both the server and pg_dump. */
    public static Path installed() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("pg_dump")))
                    .max(Comparator.comparing(
                            b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("Debian's PostgreSQL is not installed (package"
                            + " postgresql, which .ci/run installs): the backup test needs its server and pg_dump"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path bin() {
        return bin;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void start() {
        try {
            Files.createDirectories(data);
            if (root()) {
                run(List.of("chown", "postgres:postgres", data.toString()));
            }
            run(asOwner(
                    bin.resolve("initdb").toString(),
                    "-D",
                    data.toString(),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync"));
            run(asOwner(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-o",
                    "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off",
                    "-l",
                    data.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "start"));
            started = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void createDatabase(String name) {
        run(List.of(
                bin.resolve("psql").toString(),
                "-X",
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                "create database " + name));
    }

    /** The libpq variables for a client program (pg_restore, psql) working on {@code database}. */
    public Map<String, String> clientEnvironment(String database) {
        return Map.of(
                "PGHOST",
                "127.0.0.1",
                "PGPORT",
                String.valueOf(port),
                "PGUSER",
                "postgres",
                "PGPASSWORD",
                "postgres",
                "PGDATABASE",
                database);
    }

    @Override
    public void close() {
        if (started) {
            started = false;
            run(asOwner(
                    bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asOwner(String... command) {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
