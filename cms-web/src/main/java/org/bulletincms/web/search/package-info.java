/**
 * The search endpoint of the delivery API ({@code GET /api/delivery/v1/search}) and the start-up check that
 * rebuilds an empty search index.
 */
package org.bulletincms.web.search;
