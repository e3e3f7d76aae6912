/**
 * The source-report API ({@code /api/v1/sources}, {@code /api/v1/items/{item}/sources}): upload, extraction
 * status, extracted text, search and download of originals, links to items. See docs/sources.md.
 */
package org.bulletincms.web.source;
