/**
 * Servers a backup-and-restore test starts as processes of its own (a WildFly per data directory, Debian's
 * PostgreSQL), beside the managed WildFly the other integration tests share.
 */
package org.bulletincms.it.backup;
