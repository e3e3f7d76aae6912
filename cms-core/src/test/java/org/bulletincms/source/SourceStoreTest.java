package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
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
