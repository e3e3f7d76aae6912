package org.bulletincms.web.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request body the management API reads, in bytes ({@code cms.api.max-request-bytes},
 * default 1 MiB). Item bodies are text; files go through the source-report upload, which has its own limit.
 * Checked when the application starts, so a bad value stops the deployment with a clear message.
 */
@ApplicationScoped
public class RequestBodyLimit {

    public static final String PROPERTY = "cms.api.max-request-bytes";

    @Inject
    @ConfigProperty(name = PROPERTY, defaultValue = "1048576")
    long maxBytes;

    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (maxBytes < 1024) {
            throw new IllegalStateException(PROPERTY + " must be at least 1024 bytes, but is " + maxBytes
                    + "; set it in the server's MicroProfile Config (e.g. a system property).");
        }
    }

    public long maxBytes() {
        return maxBytes;
    }
}
