package org.bulletincms.source;

import org.bulletincms.refusal.Refusal;

/**
 * The source store is not the one the database knows (see {@link SourceReconciliation}), so uploads are refused
 * until an operator points the server at the right store. The log and readiness say why.
 */
public class SourceStoreNotRecognised extends Refusal {

    public SourceStoreNotRecognised() {
        super("source-store-not-recognised", Kind.UNAVAILABLE, "the source store is not recognised");
    }
}
