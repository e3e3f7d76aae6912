package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link PublicBaseUrl} this node was given ({@code cms.public-base-url}, by default {@code http://localhost:8080},
 * which is right for {@code mvn -Prun} and for nothing else). A malformed value stops the deployment at start-up
 * with the reason, rather than compiling broken links into the first feed published.
 */
@ApplicationScoped
public class ConfiguredPublicBaseUrl {

    static final String SETTING = "cms.public-base-url";

    @Inject
    @ConfigProperty(name = SETTING, defaultValue = "http://localhost:8080")
    String configured;

    private volatile PublicBaseUrl value;

    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        get();
    }

    public PublicBaseUrl get() {
        PublicBaseUrl current = value;
        if (current == null) {
            try {
                current = PublicBaseUrl.of(configured);
            } catch (IllegalArgumentException malformed) {
                throw new IllegalStateException(SETTING + ": " + malformed.getMessage(), malformed);
            }
            value = current;
        }
        return current;
    }
}
