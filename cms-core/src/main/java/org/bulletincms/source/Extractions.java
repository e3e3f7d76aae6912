package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The recorded steps of one extraction, each its own short transaction (parsing runs outside any): claim a
 * queued source, note that the parser is done, store the text or the failure. Each step after the claim is fenced
 * by it ({@link Claim}): a step of a claim that no longer holds (the server was thought to have stopped, e.g. a
 * node paused for longer than the sweep allows, and the source was queued again and taken by another attempt,
 * perhaps on another node) changes nothing, so a node that comes back cannot write stale results over newer ones.
 */
@ApplicationScoped
@Transactional
public class Extractions {

    @Inject
    SourceRepository sources;

    @Inject
    SourceStore store;

    private final Clock clock = Clock.systemUTC();

    /**
     * Takes a queued source for server node {@code node}; empty when another worker or server took it first (the
     * version check makes the claim safe across a cluster), or when the store does not hold its original (the
     * source is then marked, not failed: it is extracted once the file is back).
     */
    public Optional<Claim> claim(UUID sourceId, String node) {
        Optional<SourceDocument> source = sources.find(sourceId).filter(s -> s.status() == ExtractionStatus.QUEUED);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (!store.has(source.get().storageKey())) {
            source.get().originalMissing(MissingOriginal.Reason.NOT_IN_STORE, clock.instant());
            return Optional.empty();
        }
        source.get().startExtraction(node, clock.instant());
        try {
            sources.flush();
        } catch (OptimisticLockException e) {
            return Optional.empty();
        }
        return Optional.of(new Claim(
                sourceId, source.get().storageKey(), node, source.get().attempts()));
    }

    /**
     * One attempt at one source: its fencing token is the node and the attempt's number, which the next claim of
     * the source (on any node) changes.
     */
    public record Claim(UUID sourceId, String storageKey, String node, int attempt) {}

    /**
     * The parser is done. A type the upload could only narrow down ({@link SourceType#LEGACY_OFFICE}) must now be
     * an accepted one; answers whether the text is to be kept.
     */
    public boolean parsed(Claim claim, ParseOutcome.Parsed parsed) {
        SourceDocument source = extracting(claim).orElse(null);
        if (source == null) {
            return false;
        }
        boolean conclusive = SourceType.ofMediaType(source.mediaType())
                .map(SourceType::conclusive)
                .orElse(false);
        if (!conclusive
                && SourceType.ofMediaType(parsed.mediaType())
                        .filter(SourceType::conclusive)
                        .isEmpty()) {
            source.failed(FailureReason.UNSUPPORTED_TYPE, "a closer look found " + parsed.mediaType(), clock.instant());
            return false;
        }
        source.parsed(conclusive ? source.mediaType() : parsed.mediaType());
        return true;
    }

    public void done(Claim claim, ExtractedText text, DocumentMetadata metadata) {
        extracting(claim).ifPresent(source -> {
            sources.addPages(claim.sourceId(), text);
            source.extracted(text, metadata, clock.instant());
        });
    }

    /**
     * The original went from the store between the claim and its copy for the parser: the source waits, queued and
     * marked, without the attempt counting, and is extracted once the original is back.
     */
    public void originalGone(Claim claim) {
        extracting(claim).ifPresent(source -> {
            source.handedBack();
            source.originalMissing(MissingOriginal.Reason.NOT_IN_STORE, clock.instant());
        });
    }

    public void failed(Claim claim, ParseOutcome.Failed failure) {
        extracting(claim).ifPresent(source -> source.failed(failure.reason(), failure.detail(), clock.instant()));
    }

    /**
     * This server stops gracefully: the sources it is extracting are queued again without counting the attempt,
     * so rolling restarts never fail a source. Answers how many.
     */
    public int handBack(String node) {
        List<SourceDocument> running = sources.extracting(Optional.of(node), Optional.empty());
        running.forEach(SourceDocument::handedBack);
        return running.size();
    }

    /** The source, while {@code claim} still holds: being extracted, by the claim's node, in the claim's attempt. */
    private Optional<SourceDocument> extracting(Claim claim) {
        return sources.find(claim.sourceId())
                .filter(s -> s.status() == ExtractionStatus.EXTRACTING
                        && s.extractedByNode().filter(claim.node()::equals).isPresent()
                        && s.attempts() == claim.attempt());
    }
}
