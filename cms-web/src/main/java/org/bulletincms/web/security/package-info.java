/** Roles of the cms realm. Authentication itself is WildFly's elytron-oidc-client (WEB-INF/oidc.json). */
package org.bulletincms.web.security;
