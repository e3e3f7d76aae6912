package org.bulletincms.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulletincms.limit.LimitedInput;

/**
 * The receiving area of one server node: an upload is streamed into a file here while it is counted and hashed,
 * and its type is read from that file, before any store keeps it. Every {@link SourceStore} receives this way, so a
 * refused, cut-off or too large upload never reaches the originals (a directory's or the database's), and a slow
 * client holds a file here, not a database connection.
 */
public final class IncomingUploads {

    /** What Linux (ENOSPC), macOS and Windows say when a write finds the disk full; Java gives no error code. */
    private static final Pattern NO_SPACE = Pattern.compile("(?i)no space left on device|not enough space on the disk");

    private static final int BUFFER = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(IncomingUploads.class.getName());

    private final Path directory;
    private final Supplier<String> store;

    /** Set while the disk is full, so a full disk is logged once, not once per refused upload. */
    private final AtomicBoolean fullLogged = new AtomicBoolean();

    /**
     * @param directory this node's own receiving directory (created here)
     * @param store     where the store is, for the log and the 507's message
     */
    public IncomingUploads(Path directory, Supplier<String> store) {
        this.directory = directory;
        this.store = store;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot create the uploads' receiving directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** This node's receiving directory when {@code cms.sources.dir} is not where it receives. */
    static Path ofNode(Path parent) {
        return parent.resolve(System.getProperty("jboss.node.name", "server").replaceAll("[^\\w.-]", "_"));
    }

    /** See {@link SourceStore#receive}. */
    public ReceivedFile receive(InputStream upload, long maxBytes) {
        Path part = directory.resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // the upload is not closed here: closing a servlet request's stream reads the rest of the body first,
            // which is exactly what a refusal at the limit must not do (the container ends the request instead)
            LimitedInput in = new LimitedInput(new DigestInputStream(upload, sha256), maxBytes, limit -> {
                throw new SourceTooLarge(limit);
            });
            try (OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            }
            long size = in.count();
            if (size == 0) {
                throw new EmptySource();
            }
            if (fullLogged.compareAndSet(true, false)) {
                LOG.info(() -> "Source store " + store.get() + " has room again; uploads are received");
            }
            return new ReceivedFile(part, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            // asked before the partial file goes: with it deleted, a full disk has room again
            boolean full = isFull(e, part);
            deleteQuietly(part);
            if (full) {
                if (fullLogged.compareAndSet(false, true)) {
                    LOG.warning(() -> "Source store " + store.get() + " is full (" + e.getMessage() + "); uploads"
                            + " are refused with 507 until space is freed there. Logged once until an upload fits.");
                }
                throw new SourceStoreFull(store.get());
            }
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** See {@link SourceStore#discard}. */
    public void discard(ReceivedFile received) {
        deleteQuietly(received.path());
    }

    /** See {@link SourceStore#clearIncoming}. */
    public int clear() {
        try (Stream<Path> files = Files.list(directory)) {
            return (int) files.peek(IncomingUploads::deleteQuietly).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Whether a failed write means the disk is full: the system's message says so, or (a message in another
     * language, a network file system's own words) the disk the partial file is on has less than one buffer free.
     */
    static boolean isFull(IOException failure, Path partial) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a FileSystemException's message is its file and its reason, the system's words
            String message = cause.getMessage();
            if (message != null && NO_SPACE.matcher(message).find()) {
                return true;
            }
        }
        try {
            return Files.getFileStore(partial).getUsableSpace() < BUFFER;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file that cannot be deleted now is found again by the next start-up's reconciliation
        }
    }
}
