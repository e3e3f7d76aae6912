package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.junit.jupiter.api.Test;

class SearchEngineUnavailableTest {

    /** What a search met while OpenSearch was stopped (Hibernate Search 7.2's message, HSEARCH400007). */
    private static final SearchException REFUSED = new SearchException(
            "HSEARCH400007: Elasticsearch request failed: Connection refused\nRequest: POST /published-text-read/_search"
                    + " with parameters {from=0, size=10}\nResponse: (no response)",
            new ConnectException("Connection refused"));

    @Test
    void anOpenSearchThatRefusesConnectionsIsUnavailable() {
        assertTrue(SearchEngineUnavailable.isCauseOf(SearchEngine.OPENSEARCH, new IllegalStateException(REFUSED)));
    }

    @Test
    void anOpenSearchThatDoesNotAnswerInTimeIsUnavailable() {
        assertTrue(SearchEngineUnavailable.isCauseOf(
                SearchEngine.OPENSEARCH,
                new SearchException("HSEARCH400007: …", new SocketTimeoutException("10,000 milliseconds"))));
        assertTrue(SearchEngineUnavailable.isCauseOf(
                SearchEngine.OPENSEARCH, new SearchTimeoutException("HSEARCH400590: Request execution exceeded")));
    }

    @Test
    void anOpenSearchThatAnswersNotNowIsUnavailable() {
        for (int status : new int[] {429, 502, 503, 504}) {
            assertTrue(
                    SearchEngineUnavailable.isCauseOf(SearchEngine.OPENSEARCH, answered(status)), "status " + status);
        }
    }

    @Test
    void aQueryOpenSearchRejectsIsNotAnOutage() {
        assertFalse(SearchEngineUnavailable.isCauseOf(SearchEngine.OPENSEARCH, answered(400)));
        assertFalse(SearchEngineUnavailable.isCauseOf(SearchEngine.OPENSEARCH, answered(500)));
    }

    @Test
    void aFailureOutsideSearchIsNotAnOutageOfTheSearchEngine() {
        assertFalse(SearchEngineUnavailable.isCauseOf(
                SearchEngine.OPENSEARCH, new IllegalStateException(new IOException("disk full"))));
        assertFalse(SearchEngineUnavailable.isCauseOf(SearchEngine.OPENSEARCH, new IllegalStateException("a bug")));
    }

    @Test
    void aLuceneIndexIsThisServersOwnDirectoryAndNeverUnavailableAsAnEngine() {
        assertFalse(SearchEngineUnavailable.isCauseOf(SearchEngine.LUCENE, REFUSED));
        assertFalse(SearchEngineUnavailable.isCauseOf(
                SearchEngine.LUCENE, new SearchException("HSEARCH000000", new IOException("read past EOF"))));
    }

    private static SearchException answered(int status) {
        return new SearchException(
                "HSEARCH400007: Elasticsearch request failed: HSEARCH400090: Elasticsearch response indicates a"
                        + " failure.\nRequest: POST /published-text-read/_search with parameters {}\nResponse: "
                        + status + " 'Reason' with body {\"error\":{\"type\":\"search_phase_execution_exception\","
                        + "\"reason\":\"all shards failed\"},\"status\":" + status + "}");
    }
}
