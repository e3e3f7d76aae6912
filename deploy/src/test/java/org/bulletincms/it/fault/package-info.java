/**
 * The fault-injection harness: a PostgreSQL, a WildFly and (when a test needs one) a Keycloak of the tests' own,
 * run as real processes so that tests can {@code kill -9} them, stop them and start them again on the same data.
 * Used only by the {@code *FaultIT} classes, which the build runs in their own failsafe execution on PostgreSQL
 * after the two Arquillian runs; nothing here is part of the product or of its WAR.
 */
package org.bulletincms.it.fault;
