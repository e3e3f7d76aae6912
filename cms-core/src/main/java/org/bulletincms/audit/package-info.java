/**
 * The audit log: an append-only record of what the workflow did and refused (transitions, sign-offs,
 * publications, permission refusals). Every {@link org.bulletincms.workflow.AuditEvent} fired is kept as an
 * {@link org.bulletincms.audit.AuditEntry}; there is deliberately no code path that changes or deletes one.
 */
package org.bulletincms.audit;
