package org.bulletincms.source;

/**
 * The source store is not the one the database knows (see {@link SourceReconciliation}), so uploads are refused
 * until an operator points the server at the right store. The log and readiness say why.
 */
public class SourceStoreNotRecognised extends RuntimeException {

    public SourceStoreNotRecognised() {
        super("the source store is not recognised", null, false, false);
    }
}
