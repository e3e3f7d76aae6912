package org.bulletincms.web.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bulletincms.source.SourceLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Undertow's cap on every request body, on every path ({@code cms.http.max-post-size}, the property
 * {@code deploy/wildfly/configure-server.cli} gives WildFly's {@code max-post-size}; default 51 MiB: the default
 * upload limit and 1 MiB of slack). Below it the application enforces its own limits with a 413 problem a user
 * can act on; above it nobody can make the server read a body. A cap below those limits would cut uploads the
 * application promises to take, so that stops the deployment with a message saying what to change.
 */
@ApplicationScoped
public class ServerBodyLimit {

    public static final String PROPERTY = "cms.http.max-post-size";

    @Inject
    @ConfigProperty(name = PROPERTY, defaultValue = "53477376")
    long maxBytes;

    @Inject
    SourceLimits sources;

    @Inject
    RequestBodyLimit api;

    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        refusal(maxBytes, sources.maxUploadBytes(), api.maxBytes()).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why these limits do not fit together; empty when the server's cap is above both of the application's. */
    static Optional<String> refusal(long serverMax, long uploadMax, long requestMax) {
        long needed = Math.max(uploadMax, requestMax);
        if (serverMax < needed) {
            return Optional.of(PROPERTY + " (" + serverMax + " bytes) is below the largest body the application "
                    + "accepts (" + needed + " bytes: cms.sources.max-upload-bytes " + uploadMax
                    + ", cms.api.max-request-bytes " + requestMax + "). Raise " + PROPERTY
                    + " to at least that, or lower the application's limit.");
        }
        return Optional.empty();
    }
}
