package org.bulletincms.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link UncheckableTokenHandler} around the servlet security handlers (an outer handler chain wrapper, which
 * Undertow places outside authentication). Found through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public final class SignInOutageExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(UncheckableTokenHandler::new);
    }
}
