package org.bulletincms.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Keycloak realm that signs users in and whose keys check their tokens ({@code cms.oidc.provider-url}, as in
 * {@code WEB-INF/oidc.json}). elytron-oidc-client answers 401 to every token it cannot check, including while this
 * service is unreachable; the problem mapping asks here whether a 401 means "your token is not good" or "nobody
 * can check it right now" (503 with {@code Retry-After}).
 */
@ApplicationScoped
public class SignInService {

    @Inject
    @ConfigProperty(name = "cms.oidc.provider-url", defaultValue = "http://localhost:8180/realms/cms")
    String providerUrl;

    /** Connect and answer timeout of one probe: a caller whose token cannot be checked waits at most this long. */
    @Inject
    @ConfigProperty(name = "cms.oidc.probe-timeout-millis", defaultValue = "2000")
    long probeTimeoutMillis;

    /** How long a probe's answer is believed; also the {@code Retry-After} of the 503. */
    @Inject
    @ConfigProperty(name = "cms.oidc.probe-interval-seconds", defaultValue = "5")
    long probeIntervalSeconds;

    private SignInReachability reachability;

    @PostConstruct
    void start() {
        if (probeTimeoutMillis < 100 || probeTimeoutMillis > 30_000) {
            throw new IllegalStateException(
                    "cms.oidc.probe-timeout-millis must be from 100 to 30000, not " + probeTimeoutMillis);
        }
        if (probeIntervalSeconds < 1 || probeIntervalSeconds > 300) {
            throw new IllegalStateException(
                    "cms.oidc.probe-interval-seconds must be from 1 to 300, not " + probeIntervalSeconds);
        }
        reachability = new SignInReachability(
                providerUrl,
                new RealmProbe(providerUrl, Duration.ofMillis(probeTimeoutMillis)),
                Duration.ofSeconds(probeIntervalSeconds),
                Clock.systemUTC());
    }

    /** True when the realm answered a probe no older than the probe interval. */
    public boolean answers() {
        return reachability.answers();
    }

    /** When a caller refused for the outage should try again. */
    public Duration retryAfter() {
        return reachability.interval();
    }
}
