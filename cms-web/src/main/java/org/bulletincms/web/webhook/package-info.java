/**
 * The webhook API for admins ({@code /api/v1/webhooks}: endpoints, delivery log, replay) and the dispatcher
 * that sends what the outbox holds.
 */
package org.bulletincms.web.webhook;
