package org.bulletincms.source;

import java.io.InputStream;

/**
 * An original file to send back: its source report (name, type, size) and its bytes, opened from the store. The
 * caller owns the stream and closes it; reading it holds no transaction (a database store reads chunk by chunk).
 */
public record SourceOriginal(SourceReport source, InputStream bytes) {}
