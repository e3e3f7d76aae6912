package org.bulletincms.web.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bulletincms.search.EmptyIndexBuild;
import org.bulletincms.web.database.SchemaMigration;

/**
 * At start-up, once the schema is migrated: builds the search indexes that are empty while the database has rows for
 * them ({@link EmptyIndexBuild} says when and how), in the background, so the application starts at once.
 */
@ApplicationScoped
public class SearchIndexRecovery {

    @Inject
    EmptyIndexBuild build;

    void buildIfEmpty(
            @Observes @Priority(SchemaMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object started) {
        build.buildIfEmpty();
    }
}
