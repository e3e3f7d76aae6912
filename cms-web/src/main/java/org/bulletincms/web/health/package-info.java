/** MicroProfile Health checks (liveness, readiness) served on WildFly's management port. */
package org.bulletincms.web.health;
