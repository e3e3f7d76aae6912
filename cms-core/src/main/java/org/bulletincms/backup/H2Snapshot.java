package org.bulletincms.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * H2's online backup: {@code BACKUP TO} writes a zip of the database file as of one committed state, while the
 * server keeps the file open and locked (a file copy of a running H2 database may be torn). Restored by unzipping
 * it into the new server's {@code h2/} directory.
 */
final class H2Snapshot implements DatabaseSnapshot {

    static final String FILE = "database.zip";

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public long estimatedBytes(Connection connection) throws SQLException {
        return databaseFile(connection.getMetaData().getURL())
                .map(file -> {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        return 0L;
                    }
                })
                .orElse(0L);
    }

    @Override
    public void write(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /** The {@code .mv.db} file of a {@code jdbc:h2:file:…} URL; empty for any other kind of H2 database. */
    static Optional<Path> databaseFile(String url) {
        String prefix = "jdbc:h2:file:";
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        String path = url.substring(prefix.length());
        int options = path.indexOf(';');
        return Optional.of(Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db"));
    }
}
