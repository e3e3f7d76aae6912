package org.bulletincms.source;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where the originals of source reports are kept, under keys the server makes up. The one boundary between the
 * product and its file storage: a directory ({@link DirectorySourceStore}, the default), or the database itself
 * ({@link DatabaseSourceStore}, which every node of a cluster reaches); {@link SourceStores} picks one by
 * {@code cms.sources.store}.
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

    /**
     * Keeps a received file among the originals under a fresh key, and returns the key. A store in the database
     * does so within the caller's transaction, so the original commits or rolls back with the source's row.
     */
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

    /**
     * What an operator can do when the database knows the store {@code recorded} and this store is not it (the
     * second half of the message logged at ERROR and shown by readiness).
     *
     * @since 0.16
     */
    default String howToRecognise(String recorded) {
        return "If the store moved, point cms.sources.dir at it; if this really is the store (its files are there),"
                + " write " + recorded + " into its " + DirectorySourceStore.IDENTITY_FILE + " and wait for the next"
                + " sweep or restart.";
    }

    /**
     * The directory holding the originals under their keys, where this node's parser processes may read them;
     * empty when the originals are elsewhere (the database), and each extraction copies its original to a work file
     * of this node first.
     *
     * @since 0.16
     */
    default Optional<Path> directory() {
        return Optional.empty();
    }

    /**
     * Whether the originals are rows of the product's database, so that a copy of the database (a backup,
     * {@code pg_dump}) holds them and nothing else needs copying.
     *
     * @since 0.16
     */
    default boolean keptInDatabase() {
        return false;
    }
}
