package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciliation against a store in a temporary directory and the rows in memory: a missing file or a strange store
 * never costs a row, a file without a row is quarantined rather than deleted, and files that come back heal.
 */
class SourceReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    @TempDir
    Path directory;

    private final Rows rows = new Rows();
    private DirectorySourceStore store;

    @BeforeEach
    void firstStart() throws Exception {
        store = new DirectorySourceStore(directory.resolve("store"));
        reconciliation(store).reconcile();
    }

    @Test
    void aFirstStartGivesTheStoreAnIdentityAndRecordsIt() {
        assertTrue(store.identity().isPresent());
        assertEquals(store.identity(), rows.recordedStore());
        assertTrue(reconciliation(store).reconcile().recognised());
    }

    @Test
    void aFileMissingFromTheRecognisedStoreMarksItsSourceAndDeletesNothing() throws Exception {
        SourceDocument kept = upload("kept");
        SourceDocument lost = upload("lost");
        Files.delete(store.original(lost.storageKey()));

        SourceReconciliation.Outcome outcome = reconciliation(store).reconcile();

        assertTrue(outcome.recognised());
        assertEquals(1, outcome.marked());
        assertEquals(List.of(kept, lost), rows.all);
        assertEquals(
                MissingOriginal.Reason.NOT_IN_STORE,
                lost.missingOriginal().orElseThrow().reason());
        assertEquals(NOW, lost.missingOriginal().orElseThrow().since());
        assertTrue(kept.missingOriginal().isEmpty());
    }

    @Test
    void anEmptyStoreIsNotRecognisedAndNothingInItOrTheDatabaseIsTouched() throws Exception {
        SourceDocument first = upload("first");
        SourceDocument second = upload("second");
        DirectorySourceStore empty = new DirectorySourceStore(directory.resolve("empty-mount-point"));
        Path stray = stray(empty, NOW.minus(Duration.ofHours(1)));

        SourceReconciliation reconciliation = reconciliation(empty);
        SourceReconciliation.Outcome outcome = reconciliation.reconcile();

        assertFalse(outcome.recognised());
        assertFalse(reconciliation.storeCheck().recognised());
        assertTrue(
                reconciliation.storeCheck().problem().contains("not recognised"),
                reconciliation.storeCheck().problem());
        assertEquals(List.of(first, second), rows.all);
        assertEquals(
                MissingOriginal.Reason.STORE_NOT_RECOGNISED,
                first.missingOriginal().orElseThrow().reason());
        assertEquals(
                MissingOriginal.Reason.STORE_NOT_RECOGNISED,
                second.missingOriginal().orElseThrow().reason());
        assertTrue(Files.exists(stray), "a file in a store that is not recognised is not taken for a stray");
        assertTrue(empty.identity().isEmpty(), "a store that is not recognised is not given an identity");
    }

    @Test
    void aStoreWithAnotherIdentityIsNotRecognised() throws Exception {
        upload("report");
        DirectorySourceStore other = new DirectorySourceStore(directory.resolve("other"));
        other.claimIdentity(UUID.randomUUID().toString());
        assertFalse(reconciliation(other).reconcile().recognised());
    }

    @Test
    void sourcesHealWhenTheirStoreIsBack() throws Exception {
        SourceDocument source = upload("report");
        reconciliation(new DirectorySourceStore(directory.resolve("empty"))).reconcile();
        assertTrue(source.missingOriginal().isPresent());

        SourceReconciliation.Outcome outcome = reconciliation(store).reconcile();

        assertTrue(outcome.recognised());
        assertEquals(1, outcome.healed());
        assertTrue(source.missingOriginal().isEmpty());
    }

    @Test
    void aFileWithoutARowIsQuarantinedOnceOldEnoughNeverDeleted() throws Exception {
        Path old = stray(store, NOW.minus(Duration.ofMinutes(5)));
        Path young = stray(store, NOW.minus(Duration.ofSeconds(10)));

        assertEquals(1, reconciliation(store).reconcile().quarantined());

        assertFalse(Files.exists(old));
        assertEquals(
                "a file whose row was never written",
                Files.readString(store.root().resolve("quarantine").resolve(old.getFileName())));
        assertTrue(Files.exists(young), "a young file may be an upload whose row is being written");
    }

    @Test
    void aFileAnotherFeatureKeepsIsNotQuarantined() throws Exception {
        Path picture = stray(store, NOW.minus(Duration.ofMinutes(5)));
        SourceReconciliation reconciliation = reconciliation(store);
        reconciliation.owners = List.of(() -> Set.of(picture.getFileName().toString()));

        assertEquals(0, reconciliation.reconcile().quarantined());

        assertTrue(Files.exists(picture), "a picture of the media library is a file with a row");
    }

    @Test
    void aDatabaseFromBeforeStoreIdentitiesAdoptsAStoreHoldingItsFiles() throws Exception {
        DirectorySourceStore unrecorded = new DirectorySourceStore(directory.resolve("unrecorded"));
        rows.recorded = Optional.empty();
        keep(unrecorded, "report");

        assertTrue(reconciliation(unrecorded).reconcile().recognised());
        assertEquals(unrecorded.identity(), rows.recordedStore());
    }

    @Test
    void aDatabaseFromBeforeStoreIdentitiesRefusesAStoreHoldingNoneOfItsFiles() throws Exception {
        DirectorySourceStore unrecorded = new DirectorySourceStore(directory.resolve("unrecorded"));
        rows.recorded = Optional.empty();
        SourceDocument source = keep(unrecorded, "report");
        DirectorySourceStore empty = new DirectorySourceStore(directory.resolve("empty"));

        assertFalse(reconciliation(empty).reconcile().recognised());
        assertTrue(rows.recordedStore().isEmpty());
        assertEquals(List.of(source), rows.all);
    }

    @Test
    void aQueuedSourceWhoseOriginalIsGoneIsMarkedNotClaimed() throws Exception {
        SourceDocument source = upload("report");
        Files.delete(store.original(source.storageKey()));
        Extractions extractions = new Extractions();
        extractions.sources = rows;
        extractions.store = store;

        assertTrue(extractions.claim(source.id(), "node").isEmpty());
        assertEquals(ExtractionStatus.QUEUED, source.status());
        assertEquals(0, source.attempts());
        assertTrue(source.missingOriginal().isPresent());
    }

    @Test
    void aClaimThatNoLongerHoldsWritesNothingBackOverTheNewerAttempt() throws Exception {
        SourceDocument source = upload("report");
        Extractions extractions = new Extractions();
        extractions.sources = rows;
        extractions.store = store;
        Extractions.Claim paused = extractions.claim(source.id(), "node-a").orElseThrow();
        // node A pauses past the sweep: its extraction is queued again, and node B takes it
        source.interrupted(3, NOW);
        Extractions.Claim current = extractions.claim(source.id(), "node-b").orElseThrow();

        extractions.failed(paused, new ParseOutcome.Failed(FailureReason.TIMEOUT, "node A, back from its pause"));

        assertEquals(ExtractionStatus.EXTRACTING, source.status());
        assertEquals(Optional.of("node-b"), source.extractedByNode());
        extractions.failed(current, new ParseOutcome.Failed(FailureReason.TIMEOUT, "node B's own"));
        assertEquals(ExtractionStatus.FAILED, source.status());
    }

    private SourceReconciliation reconciliation(SourceStore on) {
        SourceReconciliation reconciliation = new SourceReconciliation();
        reconciliation.sources = rows;
        reconciliation.store = on;
        reconciliation.limits = new SourceLimits(1 << 20, Duration.ofSeconds(60), 256, 2000, 1, 2);
        reconciliation.sweepSeconds = 300;
        reconciliation.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return reconciliation;
    }

    private SourceDocument upload(String text) throws Exception {
        return keep(store, text);
    }

    private SourceDocument keep(DirectorySourceStore into, String text) throws Exception {
        ReceivedFile received = into.receive(
                new java.io.ByteArrayInputStream((text + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)), 1 << 20);
        String key = into.keep(received);
        SourceDocument source = new SourceDocument(
                key,
                received,
                SourceFileName.of(text + ".txt"),
                SourceType.TEXT,
                "edith",
                NOW.minus(Duration.ofDays(1)));
        rows.all.add(source);
        return source;
    }

    private static Path stray(DirectorySourceStore in, Instant modified) throws Exception {
        Path file = in.original(UUID.randomUUID().toString().replace("-", ""));
        Files.writeString(file, "a file whose row was never written");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** The rows, in memory: the repository methods reconciliation uses, and no way to delete a source. */
    private static final class Rows extends SourceRepository {
        final List<SourceDocument> all = new ArrayList<>();
        Optional<String> recorded = Optional.empty();

        @Override
        public List<String> storageKeys() {
            return all.stream().map(SourceDocument::storageKey).toList();
        }

        @Override
        public Optional<SourceDocument> stored(String storageKey) {
            return all.stream().filter(s -> s.storageKey().equals(storageKey)).findFirst();
        }

        @Override
        public Optional<SourceDocument> find(UUID id) {
            return all.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        @Override
        public List<SourceDocument> missingOriginals() {
            return all.stream().filter(s -> s.missingOriginal().isPresent()).toList();
        }

        @Override
        public Optional<String> recordedStore() {
            return recorded;
        }

        @Override
        public void recordStore(String storeId, Instant at) {
            if (recorded.isEmpty()) {
                recorded = Optional.of(storeId);
            }
        }

        @Override
        public List<SourceDocument> extracting(Optional<String> node, Optional<Instant> startedBefore) {
            return all.stream()
                    .filter(s -> s.status() == ExtractionStatus.EXTRACTING)
                    .toList();
        }

        @Override
        public void flush() {}
    }
}
