package org.bulletincms.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limit on uploaded XLIFF files, {@code cms.translation.xliff-max-bytes} (10485760 = 10 MiB: an issue of thirty
 * long items with source and target is about 1 MiB), checked when the application starts so a bad value stops the
 * deployment with a message naming the property. A larger file is refused with 413 ({@link XliffTooLarge}).
 */
@ApplicationScoped
public class ExchangeLimits {

    public static final String MAX_BYTES = "cms.translation.xliff-max-bytes";

    @Inject
    @ConfigProperty(name = MAX_BYTES, defaultValue = "10485760")
    long maxBytes;

    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (maxBytes < 1024) {
            throw new IllegalStateException(MAX_BYTES + " must be at least 1024 bytes, but is " + maxBytes
                    + "; set it in the server's MicroProfile Config (e.g. a system property).");
        }
    }

    public long maxBytes() {
        return maxBytes;
    }
}
