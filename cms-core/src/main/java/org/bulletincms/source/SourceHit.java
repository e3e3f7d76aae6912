package org.bulletincms.source;

import java.util.OptionalInt;

/** A page of a source where a search matched, with plain text around the first match. */
public record SourceHit(SourceDocument source, OptionalInt page, String snippet) {}
