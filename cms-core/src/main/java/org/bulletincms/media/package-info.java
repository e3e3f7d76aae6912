/**
 * The media library: pictures editors upload once per publication and place in items.
 *
 * <p>An upload is streamed and counted like a source report (into the same store, {@link
 * org.bulletincms.source.SourceStore}), its format is read from its bytes ({@link ImageFormat}), its pixel count is
 * read from its header and checked before anything is decoded ({@link ImageProcessing}), and what is kept is the
 * picture re-encoded without any of its metadata (EXIF, GPS, comments) with its orientation applied. Renditions of a
 * fixed set of widths ({@link RenditionWidths}) are made once, when the picture is uploaded, and served under URLs
 * named by the SHA-256 of their bytes, so they never change.
 */
package org.bulletincms.media;
