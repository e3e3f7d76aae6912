package org.bulletincms.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Releases this deployment's class loader from Elytron when the application stops. To secure the application with
 * elytron-oidc-client, WildFly 39 registers the deployment's class loader in Elytron's server-wide map of class
 * loaders to security domains ({@code SecurityDomain.registerWithClassLoader}), but removes it at undeploy only for
 * an {@code application-security-domain}, never for the OIDC client's virtual security domain. Left there, the map
 * keeps every undeployed version of the application in memory, with its classes and everything they hold, until the
 * server stops (docs/redeploy.md). The application is done with its security
 * domain by the time its context is destroyed: no request runs any more.
 */
@WebListener
public class SecurityDomainRelease implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        SecurityDomain.unregisterClassLoader(event.getServletContext().getClassLoader());
    }
}
