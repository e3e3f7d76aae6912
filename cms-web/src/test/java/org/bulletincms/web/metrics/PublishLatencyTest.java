package org.bulletincms.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bulletincms.workflow.IssuePublished;
import org.junit.jupiter.api.Test;

class PublishLatencyTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PublishLatency latency = new PublishLatency();

    @Test
    void aCommittedPublicationIsTimedFromTheInstantTheWorkflowTookIt() {
        latency.registry = registry;
        latency.register();

        latency.published(new IssuePublished(
                UUID.randomUUID(), UUID.randomUUID(), 1, false, Instant.now().minusSeconds(2)));

        Timer timer = registry.get("bulletin.publish").timer();
        assertEquals(1, timer.count());
        assertTrue(timer.totalTime(TimeUnit.MILLISECONDS) >= 2000, timer::toString);
    }

    @Test
    void aPublicationTimeAheadOfThisNodesClockCountsAsNoTimeRatherThanNegativeTime() {
        latency.registry = registry;
        latency.register();

        latency.published(new IssuePublished(
                UUID.randomUUID(), UUID.randomUUID(), 1, false, Instant.now().plusSeconds(60)));

        Timer timer = registry.get("bulletin.publish").timer();
        assertEquals(1, timer.count());
        assertEquals(0.0, timer.totalTime(TimeUnit.MILLISECONDS));
    }
}
