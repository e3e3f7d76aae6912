package org.bulletincms.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A consistent copy of the running database, written with the database's own tool: H2's {@code BACKUP TO} or
 * PostgreSQL's {@code pg_dump}. Both copy one committed state while the server goes on serving.
 */
interface DatabaseSnapshot {

    /** The file the copy is written to, inside the backup directory. */
    String fileName();

    /** An upper bound of the copy's size, for the room check before anything is written. */
    long estimatedBytes(Connection connection) throws SQLException;

    /** Writes the copy to {@code file}. */
    void write(Connection connection, Path file) throws SQLException, IOException;
}
