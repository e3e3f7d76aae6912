package org.bulletincms.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Asks the realm for its OpenID provider metadata, the same document elytron-oidc-client needs before it can check
 * any token: the realm answers when this is 200 within the timeout (connect and answer each).
 */
final class RealmProbe implements BooleanSupplier {

    private static final String DISCOVERY = "/.well-known/openid-configuration";

    private final URI discovery;
    private final Duration timeout;
    private final HttpClient http;

    RealmProbe(String providerUrl, Duration timeout) {
        this.discovery = URI.create(providerUrl.replaceAll("/+$", "") + DISCOVERY);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI discovery() {
        return discovery;
    }

    @Override
    public boolean getAsBoolean() {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(discovery).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
