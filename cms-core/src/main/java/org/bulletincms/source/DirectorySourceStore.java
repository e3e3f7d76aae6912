package org.bulletincms.source;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
@Typed(DirectorySourceStore.class)
public class DirectorySourceStore implements SourceStore {

    /** The file at the store's root that holds its identity. */
    public static final String IDENTITY_FILE = "store-id";

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    @Inject
    @ConfigProperty(name = "cms.sources.dir")
    Optional<String> configuredDirectory;

    private Path root;
    private IncomingUploads incoming;

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
        root = configuredDirectory
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("cms.data.dir", System.getProperty("jboss.server.data.dir", "data")),
                        "sources"));
        createDirectories();
    }

    private void createDirectories() {
        try {
            Files.createDirectories(originals());
        } catch (IOException e) {
            throw new IllegalStateException("cms.sources.dir: cannot create " + root + ": " + e.getMessage(), e);
        }
        incoming = new IncomingUploads(incoming(), this::describe);
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
        return IncomingUploads.ofNode(root.resolve("incoming"));
    }

    @Override
    public ReceivedFile receive(InputStream upload, long maxBytes) {
        return incoming.receive(upload, maxBytes);
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
        incoming.discard(received);
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
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> KEY.matcher(n).matches())
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
        return incoming.clear();
    }

    @Override
    public Optional<String> identity() {
        try {
            String id = Files.readString(root.resolve(IDENTITY_FILE), StandardCharsets.UTF_8)
                    .strip();
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
            Files.writeString(
                    file,
                    proposed + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
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

    @Override
    public Optional<Path> directory() {
        return Optional.of(originals());
    }

    private static void deleteQuietly(Path file) {
        IncomingUploads.deleteQuietly(file);
    }
}
