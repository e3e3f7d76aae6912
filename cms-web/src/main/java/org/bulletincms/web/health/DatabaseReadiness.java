package org.bulletincms.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.web.database.SchemaVersion;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the database has answered with a migrated schema since this node started, and still ready while the
 * database is away afterwards. A load balancer reads {@code /health/ready} (WildFly's management port) to decide
 * whether to send a node traffic; during a database outage every node is in the same state, and draining them all
 * would also take down what they can still serve: delivery responses kept in memory. So the node stays in rotation
 * and answers honestly per request instead (503 with {@code Retry-After} for what needs the database). The check's
 * data says whether the database answers now ({@code "database": "unavailable"} and since when), for operators and
 * monitoring; the outage itself is logged once by {@link DatabaseOutage}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaVersion schema;

    @Inject
    DatabaseOutage outage;

    private final AtomicBoolean answeredOnce = new AtomicBoolean();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try {
            SchemaVersion.DatabaseState state = schema.read();
            outage.reached();
            response.withData("database", state.product());
            state.schemaVersion()
                    .ifPresentOrElse(
                            version -> {
                                answeredOnce.set(true);
                                response.withData("schemaVersion", version).up();
                            },
                            () -> response.withData("schemaVersion", "none").down());
        } catch (Exception e) {
            outage.noticed(e);
            response.withData("database", "unavailable")
                    .withData("error", e.getClass().getSimpleName());
            outage.since().ifPresent(since -> response.withData("unavailableSince", since.toString()));
            // never answered since start-up: not ready; answered before: stay in rotation (see the class comment)
            response.status(answeredOnce.get());
        }
        return response.build();
    }
}
