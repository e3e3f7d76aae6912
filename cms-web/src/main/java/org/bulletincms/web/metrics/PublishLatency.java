package org.bulletincms.web.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.bulletincms.workflow.IssuePublished;

/**
 * Times each publication from the instant the workflow took it ({@link IssuePublished#at()}, the publication
 * time of the edition) until its transaction committed: rendering the snapshot in every locale, the outbox rows,
 * and the commit, which is what an editor waits for after "publish". Measured after the commit, so a publication
 * that rolled back is not timed, and without a line in the workflow itself.
 */
@ApplicationScoped
public class PublishLatency {

    @Inject
    MeterRegistry registry;

    private Timer timer;

    @PostConstruct
    void register() {
        timer = Timer.builder("bulletin.publish")
                .description("Time from the start of a publication (now or scheduled) until it committed")
                .register(registry);
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuePublished published) {
        Duration took = Duration.between(published.at(), Clock.systemUTC().instant());
        timer.record(took.isNegative() ? Duration.ZERO : took);
    }

    @PreDestroy
    void remove() {
        registry.remove(timer);
    }
}
