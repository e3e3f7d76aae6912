package org.bulletincms.webhook;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.DefaultThreadFactory;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one delivery: POSTs the payload signed the Standard Webhooks way to addresses the SSRF guard has checked,
 * without following redirects, and keeps only the status code (the body is discarded unread). Asynchronous, so a
 * slow receiver holds no thread. Owns an HTTP client and its I/O threads: {@link #close()} it when the
 * application stops.
 *
 * <p>The guard runs twice. Before the attempt, so a host that now resolves to a refused address is not sent to
 * at all, not even over a connection kept open from earlier. And when a connection is opened, on the very
 * addresses it is opened to: otherwise a DNS-rebinding name (a public address for the first check, 127.0.0.1
 * for the connection's own lookup) would reach internal services.
 *
 * <p>Why Apache HttpClient 5 rather than the JDK's client: the JDK client of Java 17 has no resolver hook (that
 * is Java 18's {@code InetAddressResolverProvider}, and JVM-wide), refuses a {@code Host} header, and an
 * IP-literal URI would break SNI and certificate checks. HttpClient 5 takes a {@link GuardedDnsResolver} for the
 * whole client: it looks the host up once per connection, refuses the connection if any address is not allowed,
 * and otherwise hands back exactly the checked addresses, while TLS still sends SNI for, and verifies the
 * certificate against, the host name in the URL. No proxy is configured, on purpose: a proxy would resolve the
 * host itself, out of the guard's sight.
 */
public final class WebhookSender implements AutoCloseable {

    private static final String USER_AGENT = "Bulletin-CMS-Webhooks/1";

    private final CloseableHttpAsyncClient client;
    private final AddressPolicy policy;
    private final AddressPolicy.Resolver resolver;
    private final Duration timeout;

    /**
     * A sender that checks every connection against {@code policy}, resolving with {@code resolver}, waits
     * {@code timeout} to connect and again for the answer, and keeps at most {@code maxConnections} connections
     * open (the dispatcher's {@code max-in-flight}; more could never be used at once).
     */
    public WebhookSender(AddressPolicy policy, AddressPolicy.Resolver resolver, Duration timeout, int maxConnections) {
        Timeout limit = Timeout.of(timeout);
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(policy, resolver))
                        .setTlsStrategy(ClientTlsStrategyBuilder.create()
                                .setSslContext(SSLContexts.createSystemDefault())
                                .buildAsync())
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit)
                                .setSocketTimeout(limit)
                                // Receivers close idle keep-alive connections; reusing one that is about to close
                                // would fail a delivery for nothing.
                                .setIdleTimeout(Timeout.ofSeconds(30))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                                .build())
                        .setDefaultTlsConfig(
                                TlsConfig.custom().setHandshakeTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(limit)
                        .setResponseTimeout(limit)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries() // the outbox retries, with backoff and a record of each attempt
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent(USER_AGENT)
                .setThreadFactory(new DefaultThreadFactory("webhook-sender", true))
                .build();
        this.client.start();
        this.policy = policy;
        this.resolver = resolver;
        this.timeout = timeout;
    }

    public static WebhookSender resolvingWithDns(AddressPolicy policy, Duration timeout, int maxConnections) {
        return new WebhookSender(policy, InetAddress::getAllByName, timeout, maxConnections);
    }

    /** Sends a claimed delivery as of {@code now}; never completes exceptionally. */
    public CompletableFuture<AttemptOutcome> send(WebhookOutbox.Claim claim, Instant now) {
        try {
            policy.check(claim.url().host(), resolver);
        } catch (AddressRefused refused) {
            return CompletableFuture.completedFuture(AttemptOutcome.notSent("address-refused"));
        } catch (InvalidWebhookUrl invalid) { // unresolvable, or an ambiguous-ip kept from before it was refused
            return CompletableFuture.completedFuture(AttemptOutcome.notSent(invalid.reason()));
        }
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Future<Integer> exchange;
        try {
            exchange = client.execute(signedPost(claim, now), new StatusOnlyResponse(), null, completing(status));
        } catch (RuntimeException e) { // a closed client refuses new work
            return CompletableFuture.completedFuture(AttemptOutcome.notSent("connection-failed"));
        }
        // Connect, handshake and answer each have their own limit; this bounds a receiver that trickles.
        return status.orTimeout(timeout.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS)
                .handle((code, failure) -> {
                    if (failure == null) {
                        return AttemptOutcome.answered(code);
                    }
                    exchange.cancel(true);
                    return AttemptOutcome.notSent(reason(failure));
                });
    }

    private static AsyncRequestProducer signedPost(WebhookOutbox.Claim claim, Instant now) {
        String id = claim.deliveryId().toString();
        long timestamp = now.getEpochSecond();
        return AsyncRequestBuilder.post(claim.url().uri())
                .addHeader("webhook-id", id)
                .addHeader("webhook-timestamp", String.valueOf(timestamp))
                .addHeader("webhook-signature", WebhookSignature.of(claim.secrets(), id, timestamp, claim.payload()))
                .setEntity(claim.payload(), ContentType.APPLICATION_JSON)
                .build();
    }

    private static FutureCallback<Integer> completing(CompletableFuture<Integer> status) {
        return new FutureCallback<>() {
            @Override
            public void completed(Integer code) {
                status.complete(code);
            }

            @Override
            public void failed(Exception cause) {
                status.completeExceptionally(cause);
            }

            @Override
            public void cancelled() {
                status.completeExceptionally(new CancellationException("webhook sender closed"));
            }
        };
    }

    /** The most specific reason anywhere in the failure's cause chain; HttpClient and futures both wrap. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof GuardedDnsResolver.Refusal || cause instanceof AddressRefused) {
                return "address-refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unresolvable";
            }
            if (cause instanceof TimeoutException || cause instanceof InterruptedIOException) {
                return "timeout"; // socket, connect and pool-lease timeouts are all InterruptedIOExceptions
            }
            if (cause instanceof ConnectException) {
                return "connection-refused";
            }
        }
        return "connection-failed";
    }

    /** Stops the I/O threads; deliveries still in flight end as failed attempts and are sent again later. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
