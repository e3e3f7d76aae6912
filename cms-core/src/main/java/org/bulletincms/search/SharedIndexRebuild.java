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
 * read alias ({@code <index>-read}) moves to it and the old index is deleted. Until that step searches are answered
 * by the old index, which misses only what changed during the rebuild (results are loaded from the database, so a
 * text deleted meanwhile is never shown). A failure before it moves the write alias back and deletes the new index.
 *
 * <p>Indexed rows are written once and replaced, never updated in place (published texts, source pages), so the mass
 * indexer and an outbox agent writing the same row write the same document: the order of the two does not matter.
 * One rebuild at a time across all nodes ({@link SearchIndexClaims}). Runs in the caller's thread, outside any
 * transaction; takes as long as the mass indexer.
 */
@ApplicationScoped
public class SharedIndexRebuild {

    private static final Logger LOG = Logger.getLogger(SharedIndexRebuild.class.getName());

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
            return rebuilt;
        } finally {
            claims.releaseAll(names, node);
        }
    }

    private RebuiltIndex rebuild(SearchMapping mapping, SearchIndexedEntity<?> entity, OpenSearchIndices indices) {
        long start = System.nanoTime();
        ElasticsearchIndexDescriptor index = descriptor(entity);
        // both aliases: after an interrupted rebuild they point at different indices, and both are replaced
        Set<String> replaced = new LinkedHashSet<>(indices.behind(index.writeName()));
        replaced.addAll(indices.behind(index.readName()));
        String next = next(index.hibernateSearchName(), replaced);
        LOG.info(() ->
                "Rebuilding search index " + index.hibernateSearchName() + " into " + next + " beside " + replaced);
        indices.create(next, expectedSchema(mapping, entity.javaClass(), index.hibernateSearchName()));
        JsonArrayBuilder writeToNext = Json.createArrayBuilder();
        replaced.forEach(old -> writeToNext.add(OpenSearchIndices.remove(old, index.writeName())));
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
            replaced.forEach(old -> readToNext.add(OpenSearchIndices.removeIndex(old)));
            indices.moveAliases(readToNext.build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw rolledBack(indices, index, replaced, next, e);
        } catch (RuntimeException e) {
            throw rolledBack(indices, index, replaced, next, e);
        }
        RebuiltIndex rebuilt = new RebuiltIndex(
                index.hibernateSearchName(),
                List.copyOf(replaced),
                next,
                indices.count(next),
                Duration.ofNanos(System.nanoTime() - start));
        LOG.info(() -> "Search index " + rebuilt.index() + " rebuilt into " + next + " (" + rebuilt.documents()
                + " documents, " + rebuilt.took().toMillis() + " ms); deleted " + replaced);
        return rebuilt;
    }

    /** Puts the write alias back where it was and deletes the new index; the old one was never changed. */
    private static IllegalStateException rolledBack(
            OpenSearchIndices indices,
            ElasticsearchIndexDescriptor index,
            Set<String> replaced,
            String next,
            Exception cause) {
        IllegalStateException failure =
                new IllegalStateException("Rebuilding search index " + index.hibernateSearchName() + " failed", cause);
        try {
            JsonArrayBuilder back = Json.createArrayBuilder();
            replaced.forEach(old -> back.add(OpenSearchIndices.add(old, index.writeName(), true)));
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
