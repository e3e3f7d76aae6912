package org.bulletincms.web.delivery;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.bulletincms.delivery.EditionCompiler;
import org.bulletincms.web.database.SchemaMigration;

/**
 * At start-up, before the delivery API answers, compiles the published editions that have no documents: those
 * published before compilation existed, or rows cloned in SQL (the benchmark's large data sets); then the lists of
 * latest editions that have no web page (compiled by a release before web pages were); then the lists of
 * publications that have no compiled Atom feed (their editions were compiled by a release that did not compile
 * feeds). Publishing compiles every later edition in its own transaction, so on a running product this finds
 * nothing.
 */
@ApplicationScoped
public class UncompiledEditions {

    private static final Logger LOG = Logger.getLogger(UncompiledEditions.class.getName());

    @Inject
    EditionCompiler compiler;

    void compileAtStartup(
            @Observes @Priority(SchemaMigration.PRIORITY + 15) @Initialized(ApplicationScoped.class) Object started) {
        List<UUID> editions = compiler.uncompiledEditions();
        if (!editions.isEmpty()) {
            Instant begun = Instant.now();
            editions.forEach(compiler::compileUncompiled);
            LOG.info(() -> "Compiled the delivery documents of " + editions.size() + " published editions in "
                    + Duration.between(begun, Instant.now()).toMillis() + " ms");
        }
        List<UUID> withoutPage = compiler.editionsWithoutWebPage();
        if (!withoutPage.isEmpty()) {
            Instant begun = Instant.now();
            withoutPage.forEach(compiler::compileUncompiled);
            LOG.info(() -> "Compiled the web pages of " + withoutPage.size() + " published issues in "
                    + Duration.between(begun, Instant.now()).toMillis() + " ms");
        }
        List<UUID> withoutFeed = compiler.publicationsWithoutFeed();
        if (!withoutFeed.isEmpty()) {
            Instant begun = Instant.now();
            withoutFeed.forEach(compiler::compileLists);
            LOG.info(() -> "Compiled the lists and Atom feeds of " + withoutFeed.size() + " publications in "
                    + Duration.between(begun, Instant.now()).toMillis() + " ms");
        }
    }
}
