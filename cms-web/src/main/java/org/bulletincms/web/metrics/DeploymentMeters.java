package org.bulletincms.web.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;

/**
 * How this application's meters reach {@code /metrics}. WildFly 39 hands each deployment a registry that passes
 * only its shorthand methods ({@code counter(…)}, {@code gauge(…)}, {@code timer(…)}) on to the server's registry,
 * the one {@code /metrics} reads; a meter made with {@code Counter.builder(…).register(…)} stays inside the
 * deployment and is never scraped. So meters here are registered with the shorthand, without description or base
 * unit (the README describes each, and a unit is in the name). The server's registry outlives the deployment: a
 * redeployment would find the old gauges, still reading the old deployment's objects, so each bean removes its
 * meters when the application stops.
 */
final class DeploymentMeters {

    private DeploymentMeters() {}

    /** Removes the meters of these names that this deployment registered. */
    static void remove(MeterRegistry registry, Collection<String> names) {
        names.forEach(name -> registry.find(name).meters().forEach(registry::remove));
    }
}
