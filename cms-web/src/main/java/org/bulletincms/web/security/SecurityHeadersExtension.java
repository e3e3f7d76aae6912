package org.bulletincms.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Wraps the whole application in {@link SecurityHeadersHandler}, outside every other handler (the kept delivery
 * responses included: Undertow applies initial-handler wrappers in the order extensions add them, the last
 * outermost, and {@code META-INF/services} lists this extension after them) but the forwarded headers' check. The headers are computed once, at the
 * first request, when the deployed editorial UI page and the configuration can be read.
 */
public final class SecurityHeadersExtension implements ServletExtension {

    static final String EDITORIAL_UI_PAGE = "/app/index.html";
    static final String DEFAULT_PROVIDER_URL = "http://localhost:8180/realms/cms";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        ClassLoader application = deployment.getClassLoader();
        Supplier<SecurityHeaders> headers = new Supplier<>() {
            private volatile SecurityHeaders computed;

            @Override
            public SecurityHeaders get() {
                SecurityHeaders result = computed;
                if (result == null) {
                    result = SecurityHeaders.of(providerUrl(application), publicBaseUrl(application), page(context));
                    computed = result;
                }
                return result;
            }
        };
        deployment.addInitialHandlerChainWrapper(next -> new SecurityHeadersHandler(next, headers));
    }

    private static URI providerUrl(ClassLoader application) {
        Optional<String> configured;
        try {
            configured = ConfigProvider.getConfig(application).getOptionalValue("cms.oidc.provider-url", String.class);
        } catch (IllegalStateException e) {
            configured = Optional.ofNullable(System.getProperty("cms.oidc.provider-url"));
        }
        return URI.create(configured.orElse(DEFAULT_PROVIDER_URL));
    }

    /** {@code cms.public-base-url}; its default (ConfiguredPublicBaseUrl) is an origin of its own too. */
    private static Optional<URI> publicBaseUrl(ClassLoader application) {
        Optional<String> configured;
        try {
            configured = ConfigProvider.getConfig(application).getOptionalValue("cms.public-base-url", String.class);
        } catch (IllegalStateException e) {
            configured = Optional.ofNullable(System.getProperty("cms.public-base-url"));
        }
        return Optional.of(URI.create(configured.orElse("http://localhost:8080")));
    }

    private static String page(ServletContext context) {
        try (InputStream in = context.getResourceAsStream(EDITORIAL_UI_PAGE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EDITORIAL_UI_PAGE, e);
        }
    }
}
