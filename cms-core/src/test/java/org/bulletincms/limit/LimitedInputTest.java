package org.bulletincms.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputTest {

    private static final LimitedInput.Exceeded REFUSE = limit -> {
        throw new IOException("more than " + limit + " bytes");
    };

    @Test
    void anInputOfExactlyTheLimitIsReadWhole() throws IOException {
        LimitedInput in = new LimitedInput(bytes(10), 10, REFUSE);

        assertEquals(10, in.readAllBytes().length);
        assertEquals(10, in.count());
        assertFalse(in.passed());
    }

    @Test
    void theReadThatPassesTheLimitThrowsTheCallersRefusalAndIsRemembered() {
        LimitedInput in = new LimitedInput(bytes(11), 10, REFUSE);

        IOException refused = assertThrows(IOException.class, in::readAllBytes);

        assertEquals("more than 10 bytes", refused.getMessage());
        assertTrue(in.passed());
    }

    @Test
    void byteByByteReadsCountToo() throws IOException {
        LimitedInput in = new LimitedInput(bytes(3), 2, REFUSE);
        in.read();
        in.read();

        assertThrows(IOException.class, in::read);
    }

    @Test
    void aRefusalMayBeUnchecked() {
        LimitedInput in = new LimitedInput(bytes(5), 4, limit -> {
            throw new IllegalArgumentException("too large: " + limit);
        });

        assertThrows(IllegalArgumentException.class, in::readAllBytes);
    }

    @Test
    void skippedBytesCountAsRead() throws IOException {
        LimitedInput in = new LimitedInput(bytes(20), 10, REFUSE);
        in.skip(8);

        assertThrows(IOException.class, () -> in.skip(5));
        assertFalse(in.markSupported());
    }

    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }
}
