package org.bulletincms.web.proxy;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Wraps the whole application in {@link ForwardedHeadersHandler}, outermost (listed last in
 * {@code META-INF/services}): every other handler, the kept delivery responses included, sees the request as the
 * trusted proxy described it, or without the headers a client made up. {@value TrustedProxies#SETTING} is read when
 * the WAR deploys; a malformed entry stops the deployment with a message that names it.
 */
public final class ForwardedHeadersExtension implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(ForwardedHeadersExtension.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        TrustedProxies proxies = TrustedProxies.parse(setting(deployment.getClassLoader()));
        LOG.info(() -> "Forwarded headers (X-Forwarded-For, -Proto, -Host, -Port) are believed from: " + proxies + " ("
                + TrustedProxies.SETTING + ")");
        deployment.addInitialHandlerChainWrapper(next -> new ForwardedHeadersHandler(next, proxies));
    }

    private static Optional<String> setting(ClassLoader application) {
        try {
            return ConfigProvider.getConfig(application).getOptionalValue(TrustedProxies.SETTING, String.class);
        } catch (IllegalStateException e) {
            return Optional.ofNullable(System.getProperty(TrustedProxies.SETTING));
        }
    }
}
