/**
 * Roles of the cms realm, whether its sign-in service answers, the security headers of every response, and the
 * record of every refused request ({@link org.bulletincms.web.security.PermissionRefusals}: the problem mapping
 * reports each 403 here, kept in a transaction of its own because the refused request's own transaction rolls
 * back). Authentication itself is WildFly's elytron-oidc-client (WEB-INF/oidc.json).
 */
package org.bulletincms.web.security;
