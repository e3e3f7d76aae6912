/**
 * The media library's API ({@code /api/v1/publications/{publication}/media}: upload, list and search, describe)
 * and its renditions in the delivery API ({@code /api/delivery/v1/media/{sha256}.{ext}}, immutable). See
 * docs/media.md.
 */
package org.bulletincms.web.media;
