package org.bulletincms.source;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where the originals of source reports are kept, under keys the server makes up. The one boundary between the
 * product and its file storage: today a directory ({@link DirectorySourceStore}); when several nodes must share
 * the originals, a store every node reaches (PostgreSQL large objects, S3) implements the same contract.
 *
 * <p>What every implementation must guarantee, because {@link SourceReconciliation} relies on it to never lose
 * data:
 * <ul>
 * <li>{@link #identity()} names the store and survives restarts; a store that was never given one (empty,
 * unmounted, another node's) answers empty, and {@link #claimIdentity} gives it one only when asked to;</li>
 * <li>{@link #keys()} lists only what the store holds now; a store that cannot be reached lists nothing and never
 * throws, so a missing store reads as "files missing", never as "rows to delete";</li>
 * <li>nothing kept is ever destroyed by the product: a file without a row is {@link #quarantine quarantined}, and
 * {@link #withdraw} is only for a file kept moments ago by the same request whose row was refused.</li>
 * </ul>
 *
 * <p>Thread-safe. Every method may be called by several requests and workers at once.
 *
 * @since 0.12
 */
public interface SourceStore {

    /**
     * Streams an upload into a private receiving area, hashing and counting as it goes. Stops reading and deletes
     * what arrived as soon as more than {@code maxBytes} came ({@link SourceTooLarge}); refuses an empty upload
     * ({@link EmptySource}). The stream is read but not closed.
     */
    ReceivedFile receive(InputStream upload, long maxBytes);

    /** Keeps a received file among the originals under a fresh key, and returns the key. */
    String keep(ReceivedFile received);

    /** Drops a received file that is not kept (refused, or a duplicate of a kept one). */
    void discard(ReceivedFile received);

    /** Takes back a file {@link #keep kept} moments ago by the same request, because its row was refused. */
    void withdraw(String key);

    /** Whether the original kept under {@code key} is there now. */
    boolean has(String key);

    /** The bytes of an original; {@link OriginalMissing} when the store does not hold it. The caller closes. */
    InputStream open(String key);

    /** When the original was kept, if the store holds it. */
    Optional<Instant> keptAt(String key);

    /** The keys of every original held now; empty when the store cannot be read. */
    Set<String> keys();

    /** Moves an original without a row out of the originals, keeping its bytes for an operator to look at. */
    void quarantine(String key);

    /** Deletes the uploads a stop of this server cut off; returns how many. Called before uploads are accepted. */
    int clearIncoming();

    /** The identity written into the store when it was first used, if it has one and it can be read. */
    Optional<String> identity();

    /**
     * Gives the store the identity {@code proposed} unless it already has one, and returns the identity it has
     * afterwards (another node may have claimed it first).
     */
    String claimIdentity(String proposed);

    /** Where the store is, for messages to operators. */
    String describe();
}
