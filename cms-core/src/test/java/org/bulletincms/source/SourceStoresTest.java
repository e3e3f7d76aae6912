package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceStoresTest {

    @Test
    void theStoreIsChosenByItsNameInAnyCase() {
        assertEquals(SourceStores.Kind.DIRECTORY, SourceStores.kind("directory"));
        assertEquals(SourceStores.Kind.DATABASE, SourceStores.kind(" Database "));
    }

    @Test
    void anUnknownStoreStopsTheStartWithTheChoices() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SourceStores.kind("s3"));
        assertTrue(
                refused.getMessage().contains("cms.sources.store must be directory or database"), refused.getMessage());
    }
}
