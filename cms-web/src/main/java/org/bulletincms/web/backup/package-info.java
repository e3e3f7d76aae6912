/** Admins take backups of the running product over the API ({@link org.bulletincms.backup.Backups} does the work). */
package org.bulletincms.web.backup;
