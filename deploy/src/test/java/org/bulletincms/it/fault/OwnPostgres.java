package org.bulletincms.it.fault;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * A PostgreSQL (zonky's binaries) on a data directory the tests own, so they can stop it and start it again on the
 * same data, as an operator's database that goes away and comes back. The directory is emptied once, when the
 * suite starts: every run begins from an empty database.
 */
public final class OwnPostgres implements AutoCloseable {

    /** initdb and start take 2-5 s on an idle machine and up to 23 s were measured under heavy load. */
    public static final Duration START_DEADLINE = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    public OwnPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The product's settings for this database ({@code CMS_DB_*}). */
    public Map<String, String> productEnvironment() {
        return Map.of(
                "CMS_DB_DRIVER",
                "postgresql",
                "CMS_DB_URL",
                jdbcUrl(),
                "CMS_DB_USER",
                "postgres",
                "CMS_DB_PASSWORD",
                "postgres");
    }

    /** A connection of the tests' own, to read what the product wrote (never to change it). */
    public Connection connect() {
        try {
            return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the fault suite's PostgreSQL", e);
        }
    }

    /** Starts PostgreSQL on the existing data (initdb only when the directory is empty); returns how long it took. */
    public synchronized Duration start() {
        if (running != null) {
            throw new IllegalStateException("PostgreSQL is running already");
        }
        long start = System.nanoTime();
        try {
            running = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(START_DEADLINE)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on " + dataDirectory, e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Stops PostgreSQL (a fast shutdown: open connections are cut, as when a database server goes away). */
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        } finally {
            running = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
