/**
 * Delivery to front-end sites: only published editions, read from their immutable snapshots, and preview
 * links that show an unpublished issue exactly as it would be delivered.
 */
package org.bulletincms.delivery;
