package org.bulletincms.source;

import java.util.Set;

/**
 * A feature other than source reports that keeps files in the {@link SourceStore} (the media library's pictures),
 * so that {@link SourceReconciliation} takes its files for files with a row and never quarantines them. Found as
 * CDI beans; called by the sweep in its own transaction.
 *
 * @since 0.20
 */
public interface StoredFileOwner {

    /** Every key under which the feature keeps a file now. */
    Set<String> storageKeys();
}
