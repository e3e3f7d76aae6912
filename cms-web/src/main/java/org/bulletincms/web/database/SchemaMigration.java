package org.bulletincms.web.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, before anything else touches it.
 * The schema is owned by the versioned Flyway migrations in {@code db/migration} (cms-core); they are
 * portable SQL that runs on H2 and PostgreSQL alike. A failed migration fails the deployment, and so do
 * credentials that must not reach a production database ({@link DatabaseCredentials}).
 */
@ApplicationScoped
public class SchemaMigration {

    /** Runs before other start-up observers, which may read the database. */
    public static final int PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    void migrateAtStartup(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object started) {
        DatabaseCredentials.fromEnvironment(System.getenv()).refusal().ifPresent(reason -> {
            LOG.severe("Bulletin CMS refuses to start: " + reason);
            throw new IllegalStateException("Bulletin CMS refuses to start: " + reason);
        });
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migration(s) applied now, database " + result.database + ")");
    }
}
