/**
 * The management API for the audit log (approvers and admins read it). Refused requests reach the log through
 * {@link org.bulletincms.web.security.PermissionRefusals}.
 */
package org.bulletincms.web.audit;
