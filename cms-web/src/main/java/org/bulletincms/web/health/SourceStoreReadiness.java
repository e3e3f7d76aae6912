package org.bulletincms.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bulletincms.source.SourceLibrary;
import org.bulletincms.source.SourceReconciliation;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the source store is the one the database knows. A node whose store is empty, unmounted or another
 * one's is not ready (a load balancer takes it out) and says why; how many sources lack their original is reported
 * either way, so an operator sees a store that lost files while the node still serves.
 */
@Readiness
@ApplicationScoped
public class SourceStoreReadiness implements HealthCheck {

    @Inject
    SourceReconciliation reconciliation;

    @Inject
    SourceLibrary library;

    @Override
    public HealthCheckResponse call() {
        SourceReconciliation.StoreCheck check = reconciliation.storeCheck();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("source-store")
                .withData("store", check.store())
                .withData("recognised", check.recognised())
                .status(check.recognised());
        if (!check.recognised()) {
            response.withData("problem", "source store not recognised: " + check.problem());
        }
        try {
            response.withData("originalsMissing", library.countMissingOriginals());
        } catch (RuntimeException e) {
            // the database readiness check reports the database itself
            response.withData("originalsMissing", "unknown");
        }
        return response.build();
    }
}
