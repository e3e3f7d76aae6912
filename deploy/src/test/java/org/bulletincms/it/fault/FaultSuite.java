package org.bulletincms.it.fault;

import java.nio.file.Path;
import java.util.List;

/**
 * Starts the fault suite's own PostgreSQL and WildFly before the first {@code *FaultIT} class and stops them after
 * the last (once per test JVM: the failsafe execution {@code fault-injection-tests}; the life cycle is
 * {@link OwnSuite}'s); every test class gets the same running pair from {@link #rig()}, and a test that kills or
 * stops one of them starts it again before it ends. Its Keycloak starts only when a test starts it. The suite starts
 * from nothing every run: an empty PostgreSQL data directory and an empty {@code cms.data.dir}.
 *
 * <p>Use: {@code @Tag(FaultSuite.TAG)}, {@code @ExtendWith(FaultSuite.class)} and
 * {@code @EnabledIfSystemProperty(named = FaultSuite.ENABLED, matches = "true")}: the tag keeps fault tests and the
 * Arquillian runs apart whatever {@code -Dit.test} names, and the condition skips them where the suite's properties
 * are missing (an IDE run).
 */
public final class FaultSuite extends OwnSuite<FaultSuite.Rig> {

    /** The JUnit tag of every fault test: the fault execution runs only these, the Arquillian runs never. */
    public static final String TAG = "fault-injection";

    /** Set (to true) only by the build's fault-injection execution. */
    public static final String ENABLED = "bulletin.fault.enabled";

    /** What the tests drive. */
    public record Rig(OwnPostgres postgres, OwnWildFly wildfly, OwnKeycloak keycloak) {}

    public static Rig rig() {
        return running(FaultSuite.class);
    }

    @Override
    protected Rig start(Processes processes) {
        OwnPostgres postgres = processes.start(
                "PostgreSQL first start (initdb)",
                new OwnPostgres(emptied(path("bulletin.fault.postgres-dir")), number("bulletin.fault.postgres-port")),
                OwnPostgres::start,
                OwnPostgres.START_DEADLINE);
        OwnKeycloak keycloak = processes.stopWithTheOthers(new OwnKeycloak(
                path("keycloak.home"),
                path("bulletin.fault.keycloak-dir"),
                number("bulletin.fault.keycloak-port"),
                number("bulletin.fault.keycloak-management-port"),
                Path.of("keycloak/cms-realm.json")));
        OwnWildFly wildfly = OwnWildFly.of(
                path("bulletin.fault.server-dir"),
                emptied(path("bulletin.fault.data-dir")),
                number("bulletin.fault.port-offset"),
                postgres.productEnvironment(),
                List.of("-Dcms.sources.parser-classpath=" + System.getProperty("bulletin.fault.parser-classpath")));
        wildfly.deploy(FaultDeployment.exportTestWar());
        processes.start(
                "WildFly first start with the test WAR (schema migration)",
                wildfly,
                OwnWildFly::start,
                OwnWildFly.START_DEADLINE);
        return new Rig(postgres, wildfly, keycloak);
    }
}
