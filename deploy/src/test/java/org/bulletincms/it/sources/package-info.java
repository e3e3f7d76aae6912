/**
 * Source reports for the tests, generated at test time into a directory the test owns: well-formed reports in
 * Chinese and English ({@link org.bulletincms.it.sources.SourceFiles}, text in
 * {@link org.bulletincms.it.sources.SampleReports}), hostile documents
 * ({@link org.bulletincms.it.sources.HostileSources}) and hostile file names
 * ({@link org.bulletincms.it.sources.HostileFileNames}). Nothing big is committed; PDF and DOCX come from Debian's
 * LibreOffice, the rest is written directly.
 */
package org.bulletincms.it.sources;
