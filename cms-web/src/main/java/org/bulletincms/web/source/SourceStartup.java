package org.bulletincms.web.source;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bulletincms.source.ExtractionQueue;
import org.bulletincms.source.SourceReconciliation;
import org.bulletincms.web.database.SchemaMigration;

/** Once the schema is current: reconcile the source store with its rows, then start extracting. */
@ApplicationScoped
public class SourceStartup {

    @Inject
    SourceReconciliation reconciliation;

    @Inject
    ExtractionQueue queue;

    void start(
            @Observes @Priority(SchemaMigration.PRIORITY + 30) @Initialized(ApplicationScoped.class) Object started) {
        reconciliation.atStartup();
        queue.start();
    }
}
