package org.bulletincms.web.workflow;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.BackOff;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.web.database.SchemaMigration;
import org.bulletincms.workflow.EditorialWorkflow;
import org.bulletincms.workflow.WorkflowRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes approved issues whose scheduled time has come. The schedule lives in the database, so it survives
 * restarts: at start-up and then every {@code cms.workflow.schedule-poll-seconds} (default 5) the due issues
 * are published, each in its own transaction. In a cluster every node polls: an issue is due by the database's
 * clock, not the node's, and the node that publishes it first locks its row ({@code FOR UPDATE SKIP LOCKED}), so
 * another node passes over it instead of waiting and publishing it a second time (the issue's optimistic version
 * would refuse that too, but only after a second publish had been attempted).
 */
@ApplicationScoped
public class ScheduledPublications {

    private static final Logger LOG = Logger.getLogger(ScheduledPublications.class.getName());
    private static final String NODE = System.getProperty("jboss.node.name", "server");

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WorkflowRepository records;

    @Inject
    IssueRepository issues;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    ScheduledPublications self;

    @Inject
    @ConfigProperty(name = "cms.workflow.schedule-poll-seconds", defaultValue = "5")
    long pollSeconds;

    @Inject
    DatabaseOutage outage;

    /** Polls come one after another (fixed delay), never at once, so one back-off serves them all. */
    private final BackOff backOff = DatabaseOutage.backOff();

    private ScheduledFuture<?> polling;

    void start(
            @Observes @jakarta.annotation.Priority(SchemaMigration.PRIORITY + 10) @Initialized(ApplicationScoped.class)
                    Object started) {
        if (pollSeconds < 1) {
            throw new IllegalStateException(
                    "cms.workflow.schedule-poll-seconds must be at least 1, but is " + pollSeconds);
        }
        polling = scheduler.scheduleWithFixedDelay(this::publishDue, 0, pollSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    void publishDue() {
        Instant now = Clock.systemUTC().instant();
        if (!backOff.due(now)) {
            return;
        }
        try {
            List<UUID> due = self.due();
            outage.reached();
            backOff.succeeded();
            for (UUID issueId : due) {
                try {
                    self.publish(issueId);
                } catch (RuntimeException e) {
                    if (outage.noticed(e)) {
                        backOff.failed(now);
                        return;
                    }
                    LOG.log(Level.WARNING, "Scheduled publication of issue " + issueId + " failed; will retry", e);
                }
            }
        } catch (RuntimeException e) {
            if (outage.noticed(e)) {
                backOff.failed(now);
            } else {
                LOG.log(Level.WARNING, "Looking for scheduled publications failed; will retry", e);
            }
        }
    }

    @Transactional
    public List<UUID> due() {
        return records.duePublications();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void publish(UUID issueId) {
        records.claimDuePublication(issueId)
                .ifPresent(now -> issues.find(issueId).ifPresent(issue -> {
                    workflow.publishScheduled(issue, now);
                    LOG.info(() -> "Published issue " + issueId + " as scheduled, on node " + NODE);
                }));
    }
}
