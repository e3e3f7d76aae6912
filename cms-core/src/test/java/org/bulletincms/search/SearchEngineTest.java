package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchEngineTest {

    @Test
    void theEnginesAreNamedAsTheOperatorWritesThem() {
        assertEquals(SearchEngine.LUCENE, SearchEngine.named("lucene"));
        assertEquals(SearchEngine.OPENSEARCH, SearchEngine.named(" OpenSearch "));
    }

    @Test
    void anUnknownEngineIsRefusedWithWhatToSet() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SearchEngine.named("elasticsearch"));

        assertTrue(
                refused.getMessage().contains("lucene") && refused.getMessage().contains("opensearch"),
                refused::getMessage);
    }

    @Test
    void onlyOpenSearchIsSharedByNodes() {
        assertTrue(SearchEngine.OPENSEARCH.shared());
        assertFalse(SearchEngine.LUCENE.shared());
    }

    @Test
    void luceneIsTheDefault() {
        assertEquals(SearchEngine.LUCENE, SearchEngine.configured());
    }
}
