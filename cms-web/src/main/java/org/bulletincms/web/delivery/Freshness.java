package org.bulletincms.web.delivery;

import org.bulletincms.delivery.DocumentKind;

/**
 * How long caches outside the node (browsers, CDNs) may keep a delivery document before checking back: one rule,
 * by kind of document, for the answers JAX-RS sends and for the copies the node keeps in memory, so that a
 * document answered from memory carries the very {@code Cache-Control} it would carry from the database.
 */
enum Freshness {
    /** Latest-edition URLs, lists, feeds and renderings change when a correction is published: check back after a minute. */
    LATEST("max-age=60"),
    /** An edition's own URL never changes. */
    EDITION("max-age=31536000, immutable");

    private final String header;

    Freshness(String header) {
        this.header = header;
    }

    /** The freshness of a compiled document of this kind ({@link DocumentKind#code()}). */
    static Freshness of(String kind) {
        return DocumentKind.ISSUE_EDITION.code().equals(kind) ? EDITION : LATEST;
    }

    /** The {@code Cache-Control} header's value. */
    String header() {
        return header;
    }
}
