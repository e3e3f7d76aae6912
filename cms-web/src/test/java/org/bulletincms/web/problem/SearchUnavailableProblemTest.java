package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bulletincms.search.SearchEngine;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchUnavailableProblemTest {

    /** What a search met while OpenSearch was stopped (Hibernate Search 7.2's message, HSEARCH400007). */
    private static final SearchException OPENSEARCH_STOPPED = new SearchException(
            "HSEARCH400007: Elasticsearch request failed: Connection refused\nRequest: POST"
                    + " /published-text-read/_search with parameters {}\nResponse: (no response)",
            new ConnectException("Connection refused"));

    @AfterEach
    void backToTheDefaultEngine() {
        System.clearProperty(SearchEngine.SETTING);
    }

    @Test
    void aSearchThatMeetsAStoppedOpenSearchIsAnswered503WithRetryAfterNotAsAnIncident() {
        System.setProperty(SearchEngine.SETTING, "opensearch");

        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(OPENSEARCH_STOPPED, "GET", "/api/delivery/v1/search");

        assertAll(
                () -> assertEquals(503, problem.status()),
                () -> assertEquals(
                        "urn:bulletin-cms:problem:search-unavailable",
                        problem.type().uri().toString()),
                () -> assertEquals("Search unavailable", problem.title()),
                () -> assertTrue(problem.detail().contains("Try again in 10 seconds"), problem.detail()),
                () -> assertEquals(
                        Optional.of(Duration.ofSeconds(10)), problem.type().retryAfter()),
                () -> assertFalse(problem.toJson().containsKey("incident"), "an outage is not an incident"),
                () -> assertFalse(problem.toJson().toString().contains("published-text"), "no client text leaks"));
    }

    @Test
    void theOutageIsExplainedInChineseToo() {
        System.setProperty(SearchEngine.SETTING, "opensearch");

        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.SIMPLIFIED_CHINESE))
                .forException(OPENSEARCH_STOPPED, "GET", "/api/delivery/v1/search");

        assertEquals("搜索暂不可用", problem.title());
        assertTrue(problem.detail().contains("请在 10 秒后重试"), problem.detail());
    }

    @Test
    void onLuceneTheSameFailureIsStillAnIncident() {
        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(OPENSEARCH_STOPPED, "GET", "/api/delivery/v1/search");

        assertEquals(500, problem.status());
        assertTrue(problem.toJson().containsKey("incident"));
    }
}
