package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The new index of a rebuild is named as Hibernate Search numbers them, after the highest one in use. */
class SharedIndexRebuildTest {

    @Test
    void theNewIndexTakesTheNextNumber() {
        assertEquals(
                "published-text-000002", SharedIndexRebuild.next("published-text", Set.of("published-text-000001")));
    }

    @Test
    void afterAnInterruptedRebuildTheNumberFollowsTheHighestOfBothAliases() {
        assertEquals(
                "source-text-000004",
                SharedIndexRebuild.next("source-text", Set.of("source-text-000002", "source-text-000003")));
    }

    @Test
    void anIndexNotNumberedByHibernateSearchIsFollowedByTheFirstNumber() {
        assertEquals("source-text-000001", SharedIndexRebuild.next("source-text", Set.of("source-text")));
    }
}
