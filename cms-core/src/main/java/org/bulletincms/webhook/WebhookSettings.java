package org.bulletincms.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook configuration (system properties or MicroProfile Config), checked when the application starts:
 * <ul>
 * <li>{@code cms.webhooks.allowed-hosts} (empty): host names, IPs and CIDR ranges exempt from the SSRF guard;</li>
 * <li>{@code cms.webhooks.poll-millis} (1000): how often due deliveries are looked for;</li>
 * <li>{@code cms.webhooks.retry-base-millis} (5000) and {@code cms.webhooks.retry-max-millis} (3600000): the
 * first and the longest pause between attempts;</li>
 * <li>{@code cms.webhooks.give-up-after-hours} (72): how long a delivery is retried before it is marked failed;
 * it replaces {@code cms.webhooks.max-attempts}, which gave up after 3 to 5 hours and is refused now;</li>
 * <li>{@code cms.webhooks.timeout-millis} (5000): connect timeout, and again the wait for the answer;</li>
 * <li>{@code cms.webhooks.max-in-flight} (16): deliveries sent at the same time by one server (one per endpoint).</li>
 * </ul>
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "cms.webhooks.allowed-hosts")
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "cms.webhooks.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "cms.webhooks.retry-base-millis", defaultValue = "5000")
    long retryBaseMillis;

    @Inject
    @ConfigProperty(name = "cms.webhooks.retry-max-millis", defaultValue = "3600000")
    long retryMaxMillis;

    @Inject
    @ConfigProperty(name = "cms.webhooks.give-up-after-hours", defaultValue = "72")
    long giveUpAfterHours;

    /** Only to refuse it: a setting that silently stopped working would mislead whoever set it. */
    @Inject
    @ConfigProperty(name = "cms.webhooks.max-attempts")
    Optional<String> maxAttempts;

    @Inject
    @ConfigProperty(name = "cms.webhooks.timeout-millis", defaultValue = "5000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "cms.webhooks.max-in-flight", defaultValue = "16")
    int maxInFlight;

    private AddressPolicy policy;
    private RetrySchedule schedule;

    @PostConstruct
    void check() {
        require(pollMillis >= 50, "cms.webhooks.poll-millis must be at least 50, but is " + pollMillis);
        require(timeoutMillis >= 100, "cms.webhooks.timeout-millis must be at least 100, but is " + timeoutMillis);
        require(maxInFlight >= 1, "cms.webhooks.max-in-flight must be at least 1, but is " + maxInFlight);
        require(
                maxAttempts.isEmpty(),
                "cms.webhooks.max-attempts is no longer read: deliveries are retried for"
                        + " cms.webhooks.give-up-after-hours (72 by default) instead; remove the setting");
        require(
                giveUpAfterHours >= 1,
                "cms.webhooks.give-up-after-hours must be at least 1, but is " + giveUpAfterHours);
        try {
            policy = AddressPolicy.allowing(allowedHosts.orElse(""));
            schedule = new RetrySchedule(
                    Duration.ofMillis(retryBaseMillis),
                    Duration.ofMillis(retryMaxMillis),
                    Duration.ofHours(giveUpAfterHours));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Webhook configuration: " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public AddressPolicy addressPolicy() {
        return policy;
    }

    public RetrySchedule retrySchedule() {
        return schedule;
    }

    public Duration pollInterval() {
        return Duration.ofMillis(pollMillis);
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    /** How long a claimed delivery is left alone by other pollers: longer than any attempt can take. */
    public Duration lease() {
        return timeout().multipliedBy(3).plusSeconds(10);
    }
}
