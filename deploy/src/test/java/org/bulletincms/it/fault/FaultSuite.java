package org.bulletincms.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the fault suite's own PostgreSQL and WildFly before the first {@code *FaultIT} class and stops them after
 * the last (once per test JVM: the failsafe execution {@code fault-injection-tests}); every test class gets the same
 * running pair from {@link #rig()}, and a test that kills or stops one of them starts it again before it ends.
 * The suite starts from nothing every run: an empty PostgreSQL data directory and an empty {@code cms.data.dir}.
 *
 * <p>Use: {@code @Tag(FaultSuite.TAG)}, {@code @ExtendWith(FaultSuite.class)} and
 * {@code @EnabledIfSystemProperty(named = FaultSuite.ENABLED, matches = "true")}: the tag keeps fault tests and the
 * Arquillian runs apart whatever {@code -Dit.test} names, and the condition skips them where the suite's properties
 * are missing (an IDE run).
 */
public final class FaultSuite implements BeforeAllCallback {

    /** The JUnit tag of every fault test: the fault execution runs only these, the Arquillian runs never. */
    public static final String TAG = "fault-injection";

    /** Set (to true) only by the build's fault-injection execution. */
    public static final String ENABLED = "bulletin.fault.enabled";

    private static volatile Rig rig;

    /** What the tests drive. */
    public record Rig(OwnPostgres postgres, OwnWildFly wildfly, OwnKeycloak keycloak) implements AutoCloseable {

        @Override
        public void close() {
            // WildFly first: it would otherwise log a storm of failures at a database that went away under it
            wildfly.close();
            keycloak.close();
            postgres.close();
        }
    }

    public static Rig rig() {
        if (rig == null) {
            throw new IllegalStateException("FaultSuite has not started; use @ExtendWith(FaultSuite.class)");
        }
        return rig;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(FaultSuite.class))
                .getOrComputeIfAbsent(Rig.class, type -> start(), Rig.class);
    }

    private static Rig start() {
        Path postgresData = emptied(path("bulletin.fault.postgres-dir"));
        Path cmsData = emptied(path("bulletin.fault.data-dir"));
        int offset = Integer.getInteger("bulletin.fault.port-offset");
        OwnPostgres postgres = new OwnPostgres(postgresData, Integer.getInteger("bulletin.fault.postgres-port"));
        OwnWildFly wildfly = OwnWildFly.of(
                path("bulletin.fault.server-dir"),
                cmsData,
                URI.create("http://localhost:" + Integer.getInteger("keycloak.port") + "/realms/cms"),
                offset,
                System.getProperty("bulletin.it.java-opts"),
                Map.of(
                        "CMS_DB_DRIVER",
                        "postgresql",
                        "CMS_DB_URL",
                        postgres.jdbcUrl(),
                        "CMS_DB_USER",
                        "postgres",
                        "CMS_DB_PASSWORD",
                        "postgres"),
                List.of("-Dcms.sources.parser-classpath=" + System.getProperty("bulletin.fault.parser-classpath")));
        OwnKeycloak keycloak = new OwnKeycloak(
                path("keycloak.home"),
                path("bulletin.fault.keycloak-dir"),
                Integer.getInteger("bulletin.fault.keycloak-port"),
                Integer.getInteger("bulletin.fault.keycloak-management-port"),
                Path.of("keycloak/cms-realm.json"));
        Rig started = new Rig(postgres, wildfly, keycloak);
        try {
            FaultTimes.record("PostgreSQL first start (initdb)", postgres.start(), OwnPostgres.START_DEADLINE);
            wildfly.deploy(FaultDeployment.exportTestWar());
            FaultTimes.record(
                    "WildFly first start with the test WAR (schema migration)",
                    wildfly.start(),
                    OwnWildFly.START_DEADLINE);
        } catch (RuntimeException | Error e) {
            started.close();
            throw e;
        }
        rig = started;
        return started;
    }

    static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("the fault suite needs -D" + property + " (set by deploy/pom.xml)");
        }
        return Path.of(value);
    }

    static Path emptied(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + directory, e);
        }
    }
}
