/**
 * This node's name in the cluster, checked at start-up before any background work begins, and kept alive by a
 * heartbeat ({@link org.bulletincms.web.node.NodeIdentity}).
 */
package org.bulletincms.web.node;
