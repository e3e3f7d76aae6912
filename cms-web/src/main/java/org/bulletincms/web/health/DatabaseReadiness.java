package org.bulletincms.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bulletincms.web.database.SchemaVersion;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and carries a migrated schema. Served by WildFly at
 * {@code /health/ready} on the management port, next to the server's own checks.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaVersion schema;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try {
            SchemaVersion.DatabaseState state = schema.read();
            response.withData("database", state.product());
            state.schemaVersion().ifPresentOrElse(
                    version -> response.withData("schemaVersion", version).up(),
                    () -> response.withData("schemaVersion", "none").down());
        } catch (Exception e) {
            response.withData("error", e.getClass().getSimpleName()).down();
        }
        return response.build();
    }
}
