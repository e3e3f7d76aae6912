package org.bulletincms.webhook;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery: checks the SSRF guard against the addresses the host resolves to now, then POSTs the
 * payload signed the Standard Webhooks way, without following redirects, and keeps only the status code (the
 * body is discarded unread). Asynchronous, so a slow receiver holds no thread.
 *
 * <p>Connecting to the checked address: the JDK client of Java 17 has no resolver hook and refuses a
 * {@code Host} header (an IP-literal URI would also break TLS server-name checks), so it looks the host up again
 * itself, and gets the addresses just checked from the JVM's positive DNS cache
 * ({@code networkaddress.cache.ttl}, 30 s by default). That closes the DNS-rebinding window in practice, except
 * when the cache entry expires between check and connect or the cache is switched off; a resolver hook
 * (Java 18+ {@code InetAddressResolverProvider}) would close it completely.
 */
public final class WebhookSender {

    private final HttpClient client;
    private final AddressPolicy policy;
    private final AddressPolicy.Resolver resolver;
    private final Duration timeout;

    public WebhookSender(AddressPolicy policy, AddressPolicy.Resolver resolver, Duration timeout, Executor executor) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .executor(executor)
                .build();
        this.policy = policy;
        this.resolver = resolver;
        this.timeout = timeout;
    }

    public static WebhookSender resolvingWithDns(AddressPolicy policy, Duration timeout, Executor executor) {
        return new WebhookSender(policy, InetAddress::getAllByName, timeout, executor);
    }

    /** Sends a claimed delivery as of {@code now}; never completes exceptionally. */
    public CompletableFuture<AttemptOutcome> send(WebhookOutbox.Claim claim, Instant now) {
        try {
            policy.check(claim.url().host(), resolver);
        } catch (AddressRefused refused) {
            return CompletableFuture.completedFuture(AttemptOutcome.notSent("address-refused"));
        } catch (InvalidWebhookUrl unresolvable) {
            return CompletableFuture.completedFuture(AttemptOutcome.notSent("unresolvable"));
        }
        String id = claim.deliveryId().toString();
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(claim.url().uri())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Bulletin-CMS-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignature.of(claim.secret(), id, timestamp, claim.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.payload()))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(timeout.multipliedBy(3).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure == null
                        ? AttemptOutcome.answered(response.statusCode())
                        : AttemptOutcome.notSent(reason(failure)));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection-refused";
        }
        return "connection-failed";
    }
}
