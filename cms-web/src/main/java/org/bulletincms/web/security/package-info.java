/**
 * Roles of the cms realm, whether its sign-in service answers, and the security headers of every response.
 * Authentication itself is WildFly's elytron-oidc-client (WEB-INF/oidc.json).
 */
package org.bulletincms.web.security;
