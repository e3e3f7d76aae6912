package org.bulletincms.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NativeUuidTest {

    private static final UUID ID = UUID.fromString("0a3c9e52-6f1d-4b8e-9c27-5d0f8e4a1b36");

    @Test
    void postgresqlAnswersAUuid() {
        assertEquals(ID, NativeUuid.of(ID));
    }

    /** What broke scheduled publication on H2: its driver answers a native query's uuid column with 16 bytes. */
    @Test
    void h2AnswersSixteenBytes() {
        byte[] bytes = ByteBuffer.allocate(16)
                .putLong(ID.getMostSignificantBits())
                .putLong(ID.getLeastSignificantBits())
                .array();

        assertEquals(ID, NativeUuid.of(bytes));
    }

    @Test
    void textIsParsed() {
        assertEquals(ID, NativeUuid.of(ID.toString()));
    }
}
