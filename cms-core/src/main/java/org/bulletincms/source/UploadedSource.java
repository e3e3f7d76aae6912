package org.bulletincms.source;

/** The answer to an upload: the source, and whether it already existed (the same bytes came before). */
public record UploadedSource(SourceReport source, boolean duplicate) {}
