package org.bulletincms.web.media;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.util.Optional;

/**
 * Puts {@link RenditionMemoryHandler} in front of the application's servlet chain. Undertow finds this class through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension} when the WAR is deployed, before CDI has started,
 * so the handler finds the application's {@link RenditionMemory} in the servlet context, where it puts itself once
 * the application has started.
 */
public final class RenditionMemoryExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> new RenditionMemoryHandler(
                next,
                () -> Optional.ofNullable((RenditionMemory) context.getAttribute(RenditionMemory.CONTEXT_ATTRIBUTE))));
    }
}
