/**
 * Translation of items into an issue's target locales: per item and locale a status (missing, in progress,
 * done, outdated), the source fingerprint each translation was made from, translator assignments.
 */
package org.bulletincms.translation;
