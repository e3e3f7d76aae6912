package org.bulletincms.search;

import java.util.Optional;

/** One published item that matches a search, with a plain-text snippet showing where. */
public record SearchHit(PublishedText text, Optional<String> title, String snippet) {}
