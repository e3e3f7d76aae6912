package org.bulletincms.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment that points a WildFly of the benchmarks at their embedded PostgreSQL (database, user and password
 * {@code postgres}), as the product reads it ({@code CMS_DB_*}); a benchmark adds its own settings to the copy.
 */
final class BenchDatabase {

    private BenchDatabase() {}

    static Map<String, String> environment(int postgresPort, String... moreNamesAndValues) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("CMS_DB_DRIVER", "postgresql");
        environment.put("CMS_DB_URL", "jdbc:postgresql://localhost:" + postgresPort + "/postgres");
        environment.put("CMS_DB_USER", "postgres");
        environment.put("CMS_DB_PASSWORD", "postgres");
        for (int i = 0; i + 1 < moreNamesAndValues.length; i += 2) {
            environment.put(moreNamesAndValues[i], moreNamesAndValues[i + 1]);
        }
        return Map.copyOf(environment);
    }
}
