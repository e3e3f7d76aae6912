package org.bulletincms.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * PostgreSQL's own online backup: {@code pg_dump --format=custom} reads one snapshot of the database in a single
 * repeatable-read transaction while the server keeps writing, and {@code pg_restore} loads it into a new database.
 * The server runs the client program ({@code cms.backup.pg-dump}; its major version must be at least the server's)
 * with the connection of its own datasource. The child gets a clean environment: the password it needs and nothing
 * else of the server's.
 */
final class PgDumpSnapshot implements DatabaseSnapshot {

    static final String FILE = "database.dump";

    private static final Logger LOG = Logger.getLogger(PgDumpSnapshot.class.getName());
    private static final int LOG_TAIL = 2000;

    private final String program;
    private final Duration timeout;
    private final Optional<String> password;

    PgDumpSnapshot(String program, Duration timeout, Optional<String> password) {
        this.program = program;
        this.timeout = timeout;
        this.password = password;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public long estimatedBytes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
            return size.next() ? size.getLong(1) : 0;
        }
    }

    @Override
    public void write(Connection connection, Path file) throws SQLException, IOException {
        Target target = Target.of(
                connection.getMetaData().getURL(), connection.getMetaData().getUserName());
        Path errors = file.resolveSibling("pg_dump.log");
        ProcessBuilder builder = new ProcessBuilder(command(target, file))
                .redirectErrorStream(true)
                .redirectOutput(errors.toFile());
        Map<String, String> environment = builder.environment();
        String path = environment.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.clear();
        environment.put("PATH", path);
        environment.put("LC_ALL", "C.UTF-8");
        password.ifPresent(p -> environment.put("PGPASSWORD", p));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BackupFailed(
                    BackupFailed.Reason.PG_DUMP_MISSING,
                    "cannot run " + program
                            + " (set cms.backup.pg-dump to PostgreSQL's pg_dump, of the server's major version or newer): "
                            + e.getMessage(),
                    e);
        }
        try {
            boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
                throw new BackupFailed(
                        BackupFailed.Reason.PG_DUMP_FAILED,
                        program + " did not finish within " + timeout.toSeconds()
                                + " s (cms.backup.pg-dump-timeout-seconds)",
                        null);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackupFailed(BackupFailed.Reason.PG_DUMP_FAILED, "interrupted while " + program + " ran", e);
        }
        String output = tail(errors);
        Files.deleteIfExists(errors);
        if (process.exitValue() != 0) {
            if (output.contains("No space left on device")) {
                throw new IOException("No space left on device (pg_dump: " + output.strip() + ")");
            }
            throw new BackupFailed(
                    BackupFailed.Reason.PG_DUMP_FAILED,
                    program + " exited with " + process.exitValue() + ": " + output.strip(),
                    null);
        }
        if (!output.isBlank()) {
            LOG.info(() -> program + " said: " + output.strip());
        }
    }

    private List<String> command(Target target, Path file) {
        List<String> command = new ArrayList<>(List.of(
                program,
                "--format=custom",
                "--no-password",
                "--file=" + file.toAbsolutePath(),
                "--host=" + target.host(),
                "--port=" + target.port(),
                "--username=" + target.user()));
        command.add(target.database());
        return command;
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.length() > LOG_TAIL ? "…" + text.substring(text.length() - LOG_TAIL) : text;
        } catch (IOException e) {
            return "";
        }
    }

    /** Where pg_dump connects: the datasource's host, port, database and user. */
    record Target(String host, int port, String database, String user) {

        /** From a {@code jdbc:postgresql://host[:port]/database[?…]} URL; one host only. */
        static Target of(String jdbcUrl, String user) {
            String prefix = "jdbc:postgresql://";
            if (jdbcUrl == null || !jdbcUrl.startsWith(prefix) || jdbcUrl.indexOf(',', prefix.length()) >= 0) {
                throw new BackupFailed(
                        BackupFailed.Reason.UNSUPPORTED_DATABASE,
                        "pg_dump needs a" + " jdbc:postgresql://host:port/database URL with one host, not " + jdbcUrl,
                        null);
            }
            URI uri = URI.create("postgresql://" + jdbcUrl.substring(prefix.length()));
            String database = uri.getPath() == null || uri.getPath().length() <= 1
                    ? user
                    : uri.getPath().substring(1);
            return new Target(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user);
        }
    }
}
