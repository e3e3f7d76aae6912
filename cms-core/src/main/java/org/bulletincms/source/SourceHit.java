package org.bulletincms.source;

import java.util.OptionalInt;
import java.util.UUID;

/** A page of a source where a search matched, with plain text around the first match, and the source it is in. */
public record SourceHit(UUID source, String filename, String mediaType, OptionalInt page, String snippet) {}
