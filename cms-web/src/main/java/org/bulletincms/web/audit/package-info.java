/**
 * The management API for the audit log (approvers and admins read it), and the recording of permission
 * refusals, which the problem mapping reports here because the refused request's own transaction rolls back.
 */
package org.bulletincms.web.audit;
