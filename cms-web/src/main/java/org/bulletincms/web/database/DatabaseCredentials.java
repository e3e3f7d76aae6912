package org.bulletincms.web.database;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database credentials as the datasource gets them ({@code deploy/wildfly/configure-server.cli}:
 * {@code CMS_DB_DRIVER}, {@code CMS_DB_PASSWORD}, falling back to H2 and its password {@code sa}), judged before
 * the application touches the database. The embedded H2 database of the run command may use the demo password;
 * a PostgreSQL database may not: there the fallback would mean a server talking to a shared database with a
 * password anybody can read in our sources.
 *
 * @param driver   the datasource's driver name, {@code h2} unless {@code CMS_DB_DRIVER} says otherwise
 * @param password {@code CMS_DB_PASSWORD}, when set
 */
public record DatabaseCredentials(String driver, Optional<String> password) {

    /** What the datasource falls back to when {@code CMS_DB_PASSWORD} is not set. */
    static final String DEMO_PASSWORD = "sa";

    public static DatabaseCredentials fromEnvironment(Map<String, String> environment) {
        return new DatabaseCredentials(
                environment.getOrDefault("CMS_DB_DRIVER", "h2"),
                Optional.ofNullable(environment.get("CMS_DB_PASSWORD")));
    }

    /** Why the server must not start with these credentials; empty when it may. */
    public Optional<String> refusal() {
        if (!driver.strip().toLowerCase(Locale.ROOT).equals("postgresql")) {
            return Optional.empty();
        }
        if (password.filter(p -> !p.isBlank()).isEmpty()) {
            return Optional.of("CMS_DB_DRIVER is postgresql but CMS_DB_PASSWORD is not set, so the datasource would "
                    + "use the demo password '" + DEMO_PASSWORD + "'. Set CMS_DB_PASSWORD for the WildFly process to "
                    + "the database user's password.");
        }
        if (password.get().equals(DEMO_PASSWORD)) {
            return Optional.of("CMS_DB_PASSWORD is the demo password '" + DEMO_PASSWORD + "' on PostgreSQL. Give the "
                    + "database user a password of its own and set CMS_DB_PASSWORD to it.");
        }
        return Optional.empty();
    }
}
