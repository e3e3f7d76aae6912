/**
 * Tika parsers that misbehave on purpose, for the source-extraction integration tests.
 *
 * <p>They run inside the product's forked Tika JVMs (the tests append this module's test classes to the child's
 * class path), never in the application server: there, the files that trigger them are plain text. Tika finds them
 * through {@code META-INF/services/org.apache.tika.parser.Parser}, and routes files to them by the media types that
 * {@code org/apache/tika/mime/custom-mimetypes.xml} defines, each recognised by a magic first line (see each
 * parser's {@code MAGIC}). They depend on tika-core only, because that is all the child JVM is sure to hold.
 */
package org.bulletincms.it.sources.parsers;
