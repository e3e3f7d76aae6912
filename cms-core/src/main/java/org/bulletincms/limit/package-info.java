/**
 * Limits on what comes in: {@link org.bulletincms.limit.LimitedInput}, the one stream that lets a bounded number of
 * bytes through (request bodies, source uploads, XLIFF files). Depends on nothing of ours, so every feature package
 * and the web edge may use it.
 */
package org.bulletincms.limit;
