/** The management API for item history: revisions, field-by-field diffs between them, and restoring one. */
package org.bulletincms.web.history;
