package org.bulletincms.web.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads what the database says about itself: its product and the schema version Flyway recorded. */
@ApplicationScoped
public class SchemaVersion {

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    /** What a readiness probe reports: the database answers, and with which schema version. */
    public record DatabaseState(String product, Optional<String> schemaVersion) {}

    public DatabaseState read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version from flyway_schema_history where success = true and version is not null"
                                + " order by installed_rank desc")) {
            String product = connection.getMetaData().getDatabaseProductName();
            return new DatabaseState(product, rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
        }
    }
}
