package org.bulletincms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulletincms.spi.Json;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * Rebuilds the shared search index (OpenSearch) without a gap in search and without purging what is in use: for each
 * index, a new concrete index is created beside the current one with the mapping this release expects; Hibernate
 * Search's write alias ({@code <index>-write}) moves to it, so every change from now on (the outbox agents of every
 * node) lands there; the mass indexer fills it from the database; then, in one atomic {@code _aliases} request, the
 * read alias ({@code <index>-read}) moves to it. Until that step searches are answered by the old index, which misses
 * only what changed during the rebuild (results are loaded from the database, so a text deleted meanwhile is never
 * shown). A failure before it moves the write alias back and deletes the new index.
 *
 * <p>The old indices are deleted only {@link #GRACE} after the last read alias moved, not in the same step: OpenSearch
 * resolves the alias when a search arrives, so a search that arrived just before the switch still runs on the old
 * index (its fetch phase after its query phase), and deleting the index under it failed it with OpenSearch's 503
 * "all shards failed". After the grace period no node waits for such a search any more (its client gives up after
 * {@link SearchIndexLocation#OPENSEARCH_READ_TIMEOUT}). Old indices a rebuild could not delete (its node stopped
 * during the grace period) have no alias left; the next rebuild deletes them first.
 *
 * <p>Indexed rows are written once and replaced, never updated in place (published texts, source pages), so the mass
 * indexer and an outbox agent writing the same row write the same document: the order of the two does not matter.
 * One rebuild at a time across all nodes ({@link SearchIndexClaims}), held through the grace period. Runs in the
 * caller's thread, outside any transaction; takes as long as the mass indexer, plus the grace period.
 */
@ApplicationScoped
public class SharedIndexRebuild {

    private static final Logger LOG = Logger.getLogger(SharedIndexRebuild.class.getName());

    /**
     * How long a replaced index is kept after the read alias left it: longer than any node waits for a search's
     * answer ({@link SearchIndexLocation#OPENSEARCH_READ_TIMEOUT}), with a margin for a search that was still being
     * sent when the alias moved.
     */
    public static final Duration GRACE = SearchIndexLocation.OPENSEARCH_READ_TIMEOUT.plusSeconds(5);

    /** Hibernate Search's concrete index names: {@code <index>-000001}, then the next number. */
    private static final Pattern NUMBERED = Pattern.compile(".*-(\\d{6})");

    @PersistenceUnit(unitName = "bulletin")
    EntityManagerFactory emf;

    @Inject
    SearchIndexClaims claims;

    /** Rebuilds every shared index, as {@code node}; refused on Lucene and while another build is claimed. */
    public List<RebuiltIndex> rebuild(String node) {
        if (!SearchEngine.configured().shared()) {
            throw new SearchIndexNotShared();
        }
        SearchMapping mapping = Search.mapping(emf);
        List<SearchIndexedEntity<?>> entities = List.copyOf(mapping.allIndexedEntities());
        List<String> names = entities.stream()
                .map(entity -> descriptor(entity).hibernateSearchName())
                .toList();
        claims.claimAll(names, node);
        try {
            OpenSearchIndices indices = OpenSearchIndices.configured();
            List<RebuiltIndex> rebuilt = new ArrayList<>();
            for (SearchIndexedEntity<?> entity : entities) {
                rebuilt.add(rebuild(mapping, entity, indices));
            }
            deleteAfterGrace(indices, rebuilt, System.nanoTime());
            return rebuilt;
        } finally {
            claims.releaseAll(names, node);
        }
    }

    private RebuiltIndex rebuild(SearchMapping mapping, SearchIndexedEntity<?> entity, OpenSearchIndices indices) {
        long start = System.nanoTime();
        ElasticsearchIndexDescriptor index = descriptor(entity);
        deleteLeftOver(indices, index.hibernateSearchName());
        List<String> written = indices.behind(index.writeName());
        List<String> read = indices.behind(index.readName());
        // both aliases: after an interrupted rebuild they point at different indices, and both are replaced
        Set<String> replaced = new LinkedHashSet<>(written);
        replaced.addAll(read);
        String next = next(index.hibernateSearchName(), replaced);
        LOG.info(() ->
                "Rebuilding search index " + index.hibernateSearchName() + " into " + next + " beside " + replaced);
        indices.create(next, expectedSchema(mapping, entity.javaClass(), index.hibernateSearchName()));
        JsonArrayBuilder writeToNext = Json.createArrayBuilder();
        written.forEach(old -> writeToNext.add(OpenSearchIndices.remove(old, index.writeName())));
        indices.moveAliases(writeToNext
                .add(OpenSearchIndices.add(next, index.writeName(), true))
                .build());
        try {
            mapping.scope(entity.javaClass())
                    .massIndexer()
                    // the new index is empty, and the old one is still being searched: nothing to purge or drop
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .threadsToLoadObjects(1)
                    .startAndWait();
            indices.refresh(next);
            JsonArrayBuilder readToNext =
                    Json.createArrayBuilder().add(OpenSearchIndices.add(next, index.readName(), false));
            // the old indices keep no alias, but stay until the grace period is over: searches may still be on them
            read.forEach(old -> readToNext.add(OpenSearchIndices.remove(old, index.readName())));
            indices.moveAliases(readToNext.build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw rolledBack(indices, index, written, next, e);
        } catch (RuntimeException e) {
            throw rolledBack(indices, index, written, next, e);
        }
        RebuiltIndex rebuilt = new RebuiltIndex(
                index.hibernateSearchName(),
                List.copyOf(replaced),
                next,
                indices.count(next),
                Duration.ofNanos(System.nanoTime() - start));
        LOG.info(() -> "Search index " + rebuilt.index() + " rebuilt into " + next + " (" + rebuilt.documents()
                + " documents, " + rebuilt.took().toMillis() + " ms); " + replaced + " to be deleted in "
                + GRACE.toSeconds() + " s");
        return rebuilt;
    }

    /** Deletes the indices {@code rebuilt} replaced once {@link #GRACE} has passed since {@code switched}. */
    private static void deleteAfterGrace(OpenSearchIndices indices, List<RebuiltIndex> rebuilt, long switched) {
        try {
            TimeUnit.NANOSECONDS.sleep(switched + GRACE.toNanos() - System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning(() -> "Interrupted before deleting the replaced search indices; the next rebuild deletes them");
            return;
        }
        for (RebuiltIndex index : rebuilt) {
            index.replaced().forEach(indices::delete);
            LOG.info(() -> "Search index " + index.index() + ": deleted " + index.replaced());
        }
    }

    /** Indices of {@code index} without an alias: replaced by a rebuild whose node stopped before deleting them. */
    private static void deleteLeftOver(OpenSearchIndices indices, String index) {
        for (String leftOver : indices.withoutAlias(index + "-*")) {
            if (NUMBERED.matcher(leftOver).matches()) {
                LOG.info(() -> "Deleting " + leftOver + ", replaced by an earlier rebuild of " + index);
                indices.delete(leftOver);
            }
        }
    }

    /**
     * Puts the write alias back where it was and deletes the new index at once (no search was ever on it: it never had
     * the read alias); the old one was never changed.
     */
    private static IllegalStateException rolledBack(
            OpenSearchIndices indices,
            ElasticsearchIndexDescriptor index,
            List<String> written,
            String next,
            Exception cause) {
        IllegalStateException failure =
                new IllegalStateException("Rebuilding search index " + index.hibernateSearchName() + " failed", cause);
        try {
            JsonArrayBuilder back = Json.createArrayBuilder();
            written.forEach(old -> back.add(OpenSearchIndices.add(old, index.writeName(), true)));
            indices.moveAliases(back.add(OpenSearchIndices.removeIndex(next)).build());
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static ElasticsearchIndexDescriptor descriptor(SearchIndexedEntity<?> entity) {
        return entity.indexManager().unwrap(ElasticsearchIndexManager.class).descriptor();
    }

    /** The name after the highest numbered one of {@code current}: {@code published-text-000002} after …01. */
    static String next(String index, Set<String> current) {
        int highest = current.stream()
                .map(NUMBERED::matcher)
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max()
                .orElse(0);
        return String.format(Locale.ROOT, "%s-%06d", index, highest + 1);
    }

    /** The settings and mappings this release expects of {@code index}, as Hibernate Search would create it. */
    private static JsonObject expectedSchema(SearchMapping mapping, Class<?> entity, String index) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("search-schema");
            mapping.scope(entity).schemaManager().exportExpectedSchema(directory);
            Path created;
            try (Stream<Path> files = Files.walk(directory)) {
                created = files.filter(file -> file.getFileName().toString().equals("create-index.json"))
                        .filter(file ->
                                file.getParent().getFileName().toString().equals(index))
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalStateException("Hibernate Search exported no schema of " + index));
            }
            try (Reader reader = Files.newBufferedReader(created, StandardCharsets.UTF_8);
                    JsonReader json = Json.createReader(reader)) {
                JsonObject body = json.readObject();
                return Json.createObjectBuilder()
                        .add("settings", body.getOrDefault("settings", JsonValue.EMPTY_JSON_OBJECT))
                        .add("mappings", body.getOrDefault("mappings", JsonValue.EMPTY_JSON_OBJECT))
                        .build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the expected schema of " + index, e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.fine(() -> "could not delete " + directory + ": " + e);
        }
    }
}
