package org.bulletincms.source;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The bytes of an original kept in the database, read one chunk at a time: memory holds one chunk, and a
 * connection is taken from the pool only while a chunk is read, so a slow download never holds one. Originals are
 * never rewritten, so chunks read in separate statements belong together. Ends with an {@link IOException} when the
 * chunks hold fewer bytes than the original's recorded size (a download must never look complete when it is not).
 */
final class StoredOriginal extends InputStream {

    private final DataSource dataSource;
    private final String key;
    private final long size;
    private byte[] chunk = new byte[0];
    private int offset;
    private int position;
    private long read;

    StoredOriginal(DataSource dataSource, String key, long size) {
        this.dataSource = dataSource;
        this.key = key;
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int from, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (offset == chunk.length) {
            if (read == size) {
                return -1;
            }
            chunk = next();
            offset = 0;
        }
        int n = Math.min(length, chunk.length - offset);
        System.arraycopy(chunk, offset, target, from, n);
        offset += n;
        read += n;
        return n;
    }

    private byte[] next() throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select bytes from source_original_chunk where storage_key = ? and position = ?")) {
            query.setString(1, key);
            query.setInt(2, position++);
            try (ResultSet row = query.executeQuery()) {
                byte[] bytes = row.next() ? row.getBytes(1) : null;
                if (bytes == null || bytes.length == 0) {
                    throw new IOException("the original " + key + " in the database ends after " + read + " of its "
                            + size + " bytes");
                }
                return bytes;
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the original " + key + " from the database: " + e.getMessage(), e);
        }
    }
}
