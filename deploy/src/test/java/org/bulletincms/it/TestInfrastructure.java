package org.bulletincms.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.ServerProcess;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the managed WildFly needs before the first test class and stops it after the last one:
 * a real PostgreSQL (zonky binaries from Maven Central) when this run is the PostgreSQL run, and Keycloak
 * when the build did not start it already (e.g. a test launched from an IDE). Once per test JVM, and only
 * in the integration-test runs (failsafe sets {@code bulletin.it.database}); unit-test runs are left alone.
 */
public class TestInfrastructure implements LauncherSessionListener {

    private EmbeddedPostgres postgres;
    private ServerProcess keycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("bulletin.it.database") == null) {
            return;
        }
        if (TestDatabase.current() == TestDatabase.POSTGRESQL) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setPort(TestDatabase.postgresPort())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start PostgreSQL for the tests", e);
            }
        }
        KeycloakServer server = Keycloak.server();
        if (!Boolean.getBoolean("keycloak.started-by-build") && !server.isAnswering()) {
            keycloak = server.start(Path.of("keycloak/cms-realm.json"), Path.of("target/keycloak-ide.log"));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
