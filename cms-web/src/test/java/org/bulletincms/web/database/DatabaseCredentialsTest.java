package org.bulletincms.web.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseCredentialsTest {

    @Test
    void theEmbeddedH2DatabaseMayUseTheDemoPassword() {
        assertEquals(
                Optional.empty(), DatabaseCredentials.fromEnvironment(Map.of()).refusal());
        assertEquals(
                Optional.empty(),
                DatabaseCredentials.fromEnvironment(Map.of("CMS_DB_DRIVER", "h2", "CMS_DB_PASSWORD", "sa"))
                        .refusal());
    }

    @Test
    void postgresqlWithoutAPasswordIsRefusedSayingWhatToSet() {
        Optional<String> refusal = DatabaseCredentials.fromEnvironment(Map.of("CMS_DB_DRIVER", "postgresql"))
                .refusal();

        assertTrue(refusal.orElseThrow().contains("Set CMS_DB_PASSWORD"), refusal.get());
    }

    @Test
    void postgresqlWithABlankPasswordIsRefused() {
        assertTrue(DatabaseCredentials.fromEnvironment(Map.of("CMS_DB_DRIVER", "postgresql", "CMS_DB_PASSWORD", " "))
                .refusal()
                .isPresent());
    }

    @Test
    void postgresqlWithTheDemoPasswordIsRefused() {
        assertTrue(DatabaseCredentials.fromEnvironment(Map.of("CMS_DB_DRIVER", "PostgreSQL", "CMS_DB_PASSWORD", "sa"))
                .refusal()
                .orElseThrow()
                .contains("demo password"));
    }

    @Test
    void postgresqlWithAPasswordOfItsOwnStarts() {
        assertEquals(
                Optional.empty(),
                DatabaseCredentials.fromEnvironment(
                                Map.of("CMS_DB_DRIVER", "postgresql", "CMS_DB_PASSWORD", "postgres"))
                        .refusal());
    }
}
