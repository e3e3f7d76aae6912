/**
 * Running the product from the build: the provisioned WildFly, Keycloak from Maven Central, readiness
 * polling and graceful stops. Used by the run command and by the integration tests.
 */
package org.bulletincms.deploy;
