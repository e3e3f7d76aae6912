/**
 * Backups of a running product: the database, then the originals of source reports, then a manifest, in one
 * directory under {@code cms.backup.dir}.
 *
 * <p>The order is what makes the backup consistent without stopping anything: an upload writes its file before its
 * row commits, so every file named by a row in the database snapshot is already in the store when the copy of the
 * store starts after the snapshot. The copy may hold a few files whose rows came too late for the snapshot; the
 * restored server quarantines those as files without a row. The search index is not in a backup: it is rebuilt from
 * the database when a server starts with an empty index. Keycloak's realm is Keycloak's to export.
 */
package org.bulletincms.backup;
