package org.bulletincms.source;

/**
 * The disk of the source store is full, so an upload could not be received; what had arrived of it was deleted
 * and nothing was kept. Uploads work again as soon as an administrator frees space (nothing needs restarting).
 */
public class SourceStoreFull extends RuntimeException {

    public SourceStoreFull(String store) {
        super("the source store " + store + " is full", null, false, false);
    }
}
