/**
 * Optimistic concurrency as the domain states it: every thing a client may change has a version tag derived from
 * what it shows ({@link org.bulletincms.concurrency.VersionTag}), and a change names the tag it read
 * ({@link org.bulletincms.concurrency.ExpectedVersion}). A missing tag is {@link
 * org.bulletincms.concurrency.VersionRequired}, an outdated one {@link org.bulletincms.concurrency.StaleVersion}.
 * Depends on nothing of ours, so every feature package may use it.
 */
package org.bulletincms.concurrency;
