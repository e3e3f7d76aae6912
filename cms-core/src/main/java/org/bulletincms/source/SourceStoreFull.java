package org.bulletincms.source;

import org.bulletincms.refusal.Refusal;

/**
 * The disk of the source store is full, so an upload could not be received; what had arrived of it was deleted
 * and nothing was kept. Uploads work again as soon as an administrator frees space (nothing needs restarting).
 * Answers {@code insufficient-storage}, the type it had before refusals had codes; the store's path is in the log
 * message only, for operators, never in what the uploader reads.
 */
public class SourceStoreFull extends Refusal {

    public SourceStoreFull(String store) {
        super("insufficient-storage", Kind.NO_ROOM, "the source store " + store + " is full");
    }

    @Override
    public String detailKey() {
        return "source-store-full";
    }
}
