package org.bulletincms.web.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bulletincms.workflow.IssuePublished;

/**
 * Times each publication from the instant the workflow took it ({@link IssuePublished#at()}, the publication
 * time of the edition) until its transaction committed: rendering the snapshot in every locale, the outbox rows,
 * and the commit, which is what an editor waits for after "publish". Measured after the commit, so a publication
 * that rolled back is not timed, and without a line in the workflow itself.
 */
@ApplicationScoped
public class PublishLatency {

    static final String NAME = "bulletin.publish";

    @Inject
    MeterRegistry registry;

    private Timer timer;

    @PostConstruct
    void register() {
        // the shorthand, not Timer.builder: see DeploymentMeters
        timer = registry.timer(NAME);
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuePublished published) {
        Duration took = Duration.between(published.at(), Clock.systemUTC().instant());
        timer.record(took.isNegative() ? Duration.ZERO : took);
    }

    /** Created at start-up, so that the series exist (at zero) before the first publication. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating this bean registered its meters
    }

    @PreDestroy
    void remove() {
        DeploymentMeters.remove(registry, List.of(NAME));
    }
}
