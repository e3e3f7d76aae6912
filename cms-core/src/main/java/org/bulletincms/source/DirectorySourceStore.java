package org.bulletincms.source;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The source store in a directory ({@code cms.sources.dir}, by default {@code sources/} in the server's data
 * directory, or in {@code cms.data.dir} when set). Originals are kept under keys the server makes up, never under
 * a name a user chose. An upload is first received into {@code incoming/} while it is counted and hashed, so an
 * interrupted or refused upload never reaches {@code originals/}. Originals without a row go to
 * {@code quarantine/}. The store's identity is the file {@value #IDENTITY_FILE} at its root. In a cluster, point
 * every server at the same shared directory.
 */
@ApplicationScoped
public class DirectorySourceStore implements SourceStore {

    /** The file at the store's root that holds its identity. */
    public static final String IDENTITY_FILE = "store-id";

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final int BUFFER = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(DirectorySourceStore.class.getName());

    /** What Linux (ENOSPC), macOS and Windows say when a write finds the disk full; Java gives no error code. */
    private static final Pattern NO_SPACE = Pattern.compile("(?i)no space left on device|not enough space on the disk");

    @Inject
    @ConfigProperty(name = "cms.sources.dir")
    Optional<String> configuredDirectory;

    private Path root;

    /** Set while the store is full, so a full disk is logged once, not once per refused upload. */
    private final AtomicBoolean fullLogged = new AtomicBoolean();

    public DirectorySourceStore() {
        // for CDI
    }

    /** A store in the given directory (tests, the benchmark). */
    public DirectorySourceStore(Path root) {
        this.root = root;
        createDirectories();
    }

    @PostConstruct
    void open() {
        root = configuredDirectory.map(Path::of).orElseGet(() -> Path.of(System.getProperty("cms.data.dir",
                System.getProperty("jboss.server.data.dir", "data")), "sources"));
        createDirectories();
    }

    private void createDirectories() {
        try {
            Files.createDirectories(originals());
            Files.createDirectories(incoming());
        } catch (IOException e) {
            throw new IllegalStateException("cms.sources.dir: cannot create " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** Where originals are kept; the isolated parsers may read this directory and nothing else of the store. */
    public Path originals() {
        return root.resolve("originals");
    }

    /**
     * Uploads being received by this server. One folder per server node, so that in a cluster sharing the store a
     * starting node clears only what its own stop cut off.
     */
    private Path incoming() {
        return root.resolve("incoming").resolve(System.getProperty("jboss.node.name", "server").replaceAll("[^\\w.-]", "_"));
    }

    @Override
    public ReceivedFile receive(InputStream upload, long maxBytes) {
        Path part = incoming().resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            // the upload is not closed here: closing a servlet request's stream reads the rest of the body first,
            // which is exactly what a refusal at the limit must not do (the container ends the request instead)
            InputStream in = new DigestInputStream(upload, sha256);
            try (OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new SourceTooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new EmptySource();
            }
            if (fullLogged.compareAndSet(true, false)) {
                LOG.info(() -> "Source store " + describe() + " has room again; uploads are received");
            }
            return new ReceivedFile(part, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            // asked before the partial file goes: with it deleted, a full disk has room again
            boolean full = isFull(e, part);
            deleteQuietly(part);
            if (full) {
                if (fullLogged.compareAndSet(false, true)) {
                    LOG.warning(() -> "Source store " + describe() + " is full (" + e.getMessage() + "); uploads"
                            + " are refused with 507 until space is freed there. Logged once until an upload fits.");
                }
                throw new SourceStoreFull(describe());
            }
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String keep(ReceivedFile received) {
        String key = UUID.randomUUID().toString().replace("-", "");
        try {
            Files.move(received.path(), original(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(ReceivedFile received) {
        deleteQuietly(received.path());
    }

    /** The path of an original; the download and the isolated parsers read it from there. */
    public Path original(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return originals().resolve(key);
    }

    @Override
    public boolean has(String key) {
        return Files.isRegularFile(original(key));
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(original(key));
        } catch (NoSuchFileException e) {
            throw new OriginalMissing(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Instant> keptAt(String key) {
        try {
            return Optional.of(Files.getLastModifiedTime(original(key)).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void withdraw(String key) {
        deleteQuietly(original(key));
    }

    @Override
    public Set<String> keys() {
        try (Stream<Path> files = Files.list(originals())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> KEY.matcher(n).matches())
                    .collect(Collectors.toSet());
        } catch (IOException | UncheckedIOException e) {
            // an unmounted or moved store holds nothing this node can see; reconciliation reads that as files missing
            return Set.of();
        }
    }

    @Override
    public void quarantine(String key) {
        try {
            Path quarantine = Files.createDirectories(root.resolve("quarantine"));
            Files.move(original(key), quarantine.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int clearIncoming() {
        try (Stream<Path> files = Files.list(incoming())) {
            return (int) files.peek(DirectorySourceStore::deleteQuietly).count();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public Optional<String> identity() {
        try {
            String id = Files.readString(root.resolve(IDENTITY_FILE), StandardCharsets.UTF_8).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String claimIdentity(String proposed) {
        Path file = root.resolve(IDENTITY_FILE);
        try {
            Files.createDirectories(root);
            // CREATE_NEW: of two nodes claiming a new shared store at once, the first one's identity stays
            Files.writeString(file, proposed + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return proposed;
        } catch (FileAlreadyExistsException e) {
            return identity().orElseThrow(() -> new IllegalStateException(file + " exists but cannot be read"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return root.toAbsolutePath().toString();
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file that cannot be deleted now is found again by the next start-up's reconciliation
        }
    }
}
