/**
 * Roles of the cms realm, and whether its sign-in service answers. Authentication itself is WildFly's
 * elytron-oidc-client (WEB-INF/oidc.json).
 */
package org.bulletincms.web.security;
