package org.bulletincms.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void aPageUpToTheMaximumIsServed() {
        assertEquals(QueryParameters.MAX_PAGE, QueryParameters.page(QueryParameters.MAX_PAGE));
    }

    @Test
    void aPageBeyondTheMaximumIsABadRequest() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> QueryParameters.page(Integer.MAX_VALUE));

        assertEquals(ProblemType.MALFORMED_REQUEST, problem.type());
        assertEquals("page-beyond-maximum", problem.detailKey());
    }

    @Test
    void theLastPageOfTheLargestSizeHasAnOffsetThatFits() {
        assertEquals((QueryParameters.MAX_PAGE - 1) * 100, QueryParameters.offset(QueryParameters.MAX_PAGE, 100));
    }

    @Test
    void anOffsetThatWouldOverflowIsNeverNegative() {
        assertThrows(ArithmeticException.class, () -> QueryParameters.offset(Integer.MAX_VALUE, 100));
    }
}
