package org.bulletincms.database;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * A {@code uuid} column as a native query answers it: a {@link UUID} from PostgreSQL's driver, its 16 bytes from H2's.
 * JPQL queries map it themselves; native ones (those that need {@code FOR UPDATE SKIP LOCKED} or the database's
 * clock) read it through here, so they work on both databases.
 */
public final class NativeUuid {

    private NativeUuid() {}

    public static UUID of(Object column) {
        if (column instanceof UUID uuid) {
            return uuid;
        }
        if (column instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(column.toString());
    }
}
