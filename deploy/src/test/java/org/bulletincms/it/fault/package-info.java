/**
 * Processes of the tests' own: PostgreSQL, WildFly nodes, OpenSearch and (when a test needs one) Keycloak, run as real
 * processes so that tests can {@code kill -9} them, stop them and start them again on the same data. Two suites share
 * one life cycle ({@link org.bulletincms.it.fault.OwnSuite}, {@link org.bulletincms.it.fault.Processes}): the fault
 * suite ({@code *FaultIT}, {@link org.bulletincms.it.fault.FaultSuite}) and the cluster suite ({@code *ClusterIT},
 * {@link org.bulletincms.it.fault.ClusterSuite}: two nodes on one PostgreSQL and one OpenSearch), each run by the
 * build in a failsafe execution of its own on PostgreSQL after the two Arquillian runs; nothing here is part of the
 * product or of its WAR.
 */
package org.bulletincms.it.fault;
