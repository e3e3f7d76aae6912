package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchIndexBuildTest {

    private static final Instant START = Instant.parse("2026-12-06T04:00:00Z");

    @Test
    void theFirstNodeClaimsTheBuild() {
        SearchIndexBuild build = new SearchIndexBuild();

        assertTrue(build.claim("node-a", START));
        assertEquals(Optional.of("node-a"), build.claimedBy());
    }

    @Test
    void aSecondNodeLeavesAClaimedBuildToTheFirst() {
        SearchIndexBuild build = new SearchIndexBuild();
        build.claim("node-a", START);

        assertFalse(build.claim("node-b", START.plusSeconds(5)));
        assertEquals(Optional.of("node-a"), build.claimedBy());
    }

    @Test
    void aClaimOlderThanTheLeaseIsTakenOver() {
        SearchIndexBuild build = new SearchIndexBuild();
        build.claim("node-a", START);

        assertTrue(build.claim("node-b", START.plus(SearchIndexBuild.LEASE).plusSeconds(1)));
        assertEquals(Optional.of("node-b"), build.claimedBy());
    }
}
