package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStoreTest {

    @TempDir
    Path root;

    @Test
    void receivedFileIsCountedAndHashed() throws Exception {
        DirectorySourceStore store = new DirectorySourceStore(root);
        ReceivedFile file = store.receive(stream("abc"), 1024);
        assertEquals(3, file.size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.sha256());
        String key = store.keep(file);
        assertTrue(store.has(key));
        assertEquals("abc", Files.readString(store.original(key)));
    }

    @Test
    void tooLargeUploadIsRefusedWithoutReadingTheRestAndLeavesNothing() throws Exception {
        DirectorySourceStore store = new DirectorySourceStore(root);
        CountingStream endless = new CountingStream();
        SourceTooLarge refused = assertThrows(SourceTooLarge.class, () -> store.receive(endless, 100_000));
        assertEquals(100_000, refused.maxBytes());
        assertTrue(endless.read < 100_000 + 2 * 65_536, "read " + endless.read);
        assertFalse(endless.closed, "closing a servlet request's stream reads the rest of the body");
        assertEquals(0, store.clearIncoming());
        assertTrue(store.keys().isEmpty());
    }

    @Test
    void emptyUploadIsRefused() {
        DirectorySourceStore store = new DirectorySourceStore(root);
        assertThrows(EmptySource.class, () -> store.receive(stream(""), 100));
        assertEquals(0, store.clearIncoming());
    }

    @Test
    void keysThatAreNotTheStoresOwnAreRefused() {
        DirectorySourceStore store = new DirectorySourceStore(root);
        assertThrows(IllegalArgumentException.class, () -> store.original("../../etc/passwd"));
        assertFalse(store.keys().contains("../../etc/passwd"));
    }

    @Test
    void aFullDiskIsRecognisedByTheSystemsWordsAlsoDeepInTheCauseChain() {
        Path partial = root.resolve("x.part");
        assertTrue(IncomingUploads.isFull(new IOException("No space left on device"), partial));
        assertTrue(IncomingUploads.isFull(
                new FileSystemException("/srv/x.part", null, "No space left on device"), partial));
        assertTrue(IncomingUploads.isFull(
                new IOException("write failed", new IOException("There is not enough space on the disk")), partial));
        // the test's temporary directory has room, so nothing else reads as a full disk
        assertFalse(IncomingUploads.isFull(new IOException("Connection reset by peer"), partial));
    }

    @Test
    void anUploadThatFindsTheDiskFullIsRefusedAsSuchAndLeavesNoPartialFile() {
        // a real full disk is SourceStoreFullFaultIT's (it needs root to mount a tmpfs); here the write's failure
        // arrives through the same path: some bytes kept in incoming/, then the system's ENOSPC
        DirectorySourceStore store = new DirectorySourceStore(root);
        InputStream upload = new FailingAfter(200_000, "No space left on device");

        assertThrows(SourceStoreFull.class, () -> store.receive(upload, 10_000_000));
        assertEquals(0, store.clearIncoming(), "the partial file was deleted");
        assertTrue(store.keys().isEmpty());
        assertEquals(3, store.receive(stream("abc"), 100).size(), "the next upload is received");
    }

    @Test
    void anUploadCutOffForAnotherReasonIsNotCalledAFullDisk() {
        DirectorySourceStore store = new DirectorySourceStore(root);
        assertThrows(
                UncheckedIOException.class,
                () -> store.receive(new FailingAfter(70_000, "Connection reset"), 10_000_000));
        assertEquals(0, store.clearIncoming());
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Gives {@code bytes} zeros, then fails with {@code message}. */
    private static final class FailingAfter extends InputStream {
        private long remaining;
        private final String message;

        FailingAfter(long bytes, String message) {
            this.remaining = bytes;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining == 0) {
                throw new IOException(message);
            }
            int n = (int) Math.min(len, remaining);
            remaining -= n;
            return n;
        }
    }

    /** Endless zeros, counting what was taken. */
    private static final class CountingStream extends InputStream {
        long read;
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}
