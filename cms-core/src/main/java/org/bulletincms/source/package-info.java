/**
 * Source reports: the PDFs, Word files and web pages editors summarise into items.
 *
 * <p>An upload is streamed to the {@link org.bulletincms.source.SourceStore} while it is hashed and counted
 * ({@link org.bulletincms.source.SourceLimits} says how large it may be), its type is read from its bytes
 * ({@link org.bulletincms.source.SourceTypes}) and the same bytes are recognised when they come again. Its text is
 * extracted in the background ({@link org.bulletincms.source.ExtractionQueue}) by Apache Tika running in separate
 * JVMs ({@link org.bulletincms.source.IsolatedTika}) with a time limit, a heap cap and a write limit, so a hostile
 * file can cost one forked process, never the server. The text is kept per page with the language of each
 * paragraph ({@link org.bulletincms.source.ExtractedText}), searchable by editors and translators
 * ({@link org.bulletincms.source.SourceSearch}), and a source can be linked to the items written from it.
 */
package org.bulletincms.source;
