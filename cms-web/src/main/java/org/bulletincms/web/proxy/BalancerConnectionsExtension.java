package org.bulletincms.web.proxy;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Remembers the connection of every request to the application and closes them all when it is undeployed
 * ({@link BalancerConnections}), so that a balancer tries the next node instead of getting WildFly's own 404 from a
 * node shutting down (docs/cluster.md, "Rolling restart").
 */
public final class BalancerConnectionsExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        BalancerConnections connections = new BalancerConnections();
        deployment.addInitialHandlerChainWrapper(connections::remembering);
        deployment.addDeploymentCompleteListener(connections);
    }
}
