/**
 * Webhooks: telling front-end sites that something was published. Admins register {@link
 * org.bulletincms.webhook.WebhookEndpoint endpoints}; each {@link org.bulletincms.workflow.IssuePublished} event
 * becomes one {@link org.bulletincms.webhook.WebhookDelivery outbox row} per interested endpoint, written in the
 * publishing transaction, and is then sent following the Standard Webhooks convention (signed with {@link
 * org.bulletincms.webhook.WebhookSignature}), retried on the {@link org.bulletincms.webhook.RetrySchedule}, and
 * only ever to addresses the {@link org.bulletincms.webhook.AddressPolicy} permits.
 */
package org.bulletincms.webhook;
