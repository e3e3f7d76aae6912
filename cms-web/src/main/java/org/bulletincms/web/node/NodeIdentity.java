package org.bulletincms.web.node;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.node.NodeRoster;
import org.bulletincms.web.database.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure this node is the only one running under its name ({@code jboss.node.name}) before any background work
 * starts: work a node claims carries its name, and a node takes back at start-up what was claimed under its name, so
 * two nodes of one name would take each other's work. A name held by a run that is still seen (its heartbeat, every
 * {@code cms.cluster.heartbeat-seconds}, default 5) refuses the start: the deployment fails with a log line that says
 * which name and what to do, and the node serves nothing. A name whose run has not been seen for four heartbeats
 * (a crash, {@code kill -9}) is taken over; when a crashed node restarts sooner than that, it waits until then, and is
 * refused only if the other run is seen again meanwhile. A graceful stop gives the name up at once.
 */
@ApplicationScoped
public class NodeIdentity {

    private static final Logger LOG = Logger.getLogger(NodeIdentity.class.getName());

    /** The name work is claimed under (extractions: {@code SourceReconciliation.NODE}). */
    static final String NAME = System.getProperty("jboss.node.name", "server");

    private final UUID incarnation = UUID.randomUUID();

    @Inject
    NodeRoster roster;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "cms.cluster.heartbeat-seconds", defaultValue = "5")
    long heartbeatSeconds;

    private ScheduledFuture<?> heartbeat;

    void joinAtStartup(
            @Observes @Priority(SchemaMigration.PRIORITY + 5) @Initialized(ApplicationScoped.class) Object started) {
        if (heartbeatSeconds < 1) {
            throw new IllegalStateException(
                    "cms.cluster.heartbeat-seconds must be at least 1, but is " + heartbeatSeconds);
        }
        Duration beat = Duration.ofSeconds(heartbeatSeconds);
        Duration stale = beat.multipliedBy(4);
        long deadline = System.nanoTime() + stale.plus(beat).toNanos();
        Optional<Instant> firstSeen = Optional.empty();
        while (true) {
            NodeRoster.Answer answer = roster.join(NAME, incarnation, stale);
            if (answer instanceof NodeRoster.Answer.Joined joined) {
                joined.earlierRunLastSeen()
                        .ifPresentOrElse(
                                seen -> LOG.info(() -> "Node " + NAME + " takes its name back from its earlier run,"
                                        + " last seen " + seen + " (it did not stop gracefully): what that run"
                                        + " left unfinished is taken back"),
                                () -> LOG.info(() -> "Node " + NAME + " joins the cluster"));
                break;
            }
            NodeRoster.Answer.Held held = (NodeRoster.Answer.Held) answer;
            if (firstSeen.isPresent() && held.seenAt().isAfter(firstSeen.get()) || System.nanoTime() > deadline) {
                String reason = "the node name \"" + NAME + "\" (jboss.node.name) is in use by another node, running"
                        + " since " + held.startedAt() + " and last seen " + held.seenAt() + ". Give every node"
                        + " a name of its own (-Djboss.node.name=...), or stop the other node first.";
                LOG.severe("Bulletin CMS refuses to start: " + reason);
                throw new IllegalStateException("Bulletin CMS refuses to start: " + reason);
            }
            if (firstSeen.isEmpty()) {
                LOG.info(() -> "Node " + NAME + ": a run under this name was seen " + held.seenAt()
                        + "; waiting up to " + stale.plus(beat).toSeconds() + " s to tell a crashed run from a"
                        + " running node");
                firstSeen = Optional.of(held.seenAt());
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        heartbeat = scheduler.scheduleWithFixedDelay(this::beat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    private void beat() {
        try {
            if (!roster.renew(NAME, incarnation)) {
                LOG.severe(() -> "Node " + NAME + ": another node has taken this node's name (this node was not seen"
                        + " for " + 4 * heartbeatSeconds + " s, or the name is given twice); stop this node and"
                        + " give every node a name of its own");
            }
        } catch (RuntimeException e) {
            // the database may be away; the outage is logged by those who need it, and the next beat tries again
            LOG.log(Level.FINE, "Node heartbeat failed", e);
        }
    }

    /** A graceful stop gives the name up, so the node may start again at once. */
    @PreDestroy
    void leave() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            try {
                roster.leave(NAME, incarnation);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Node " + NAME + " could not give its name up; it is free again after " + 4 * heartbeatSeconds
                                + " s",
                        e);
            }
        }
    }
}
