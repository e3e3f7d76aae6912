/**
 * Which server node this is, and that no other node runs under its name: the {@link org.bulletincms.node.NodeRoster}
 * in the database, renewed by each node's heartbeat on the database's clock. Work a node claims carries its name
 * (extractions), so a name held twice would let one node take back the other's work.
 */
package org.bulletincms.node;
