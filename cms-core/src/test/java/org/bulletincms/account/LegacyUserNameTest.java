package org.bulletincms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyUserNameTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

    @Test
    void anUnclaimedNameIsClaimedByTheFirstPersonWhoSignsInUnderIt() {
        LegacyUserName edith = new LegacyUserName("edith");

        edith.bindTo("subject-of-the-first-edith", NOW);

        assertFalse(edith.isClaimable());
        assertEquals(Optional.of("subject-of-the-first-edith"), edith.boundSubject());
    }

    @Test
    void aClaimedNameIsNeverClaimedAgain() {
        LegacyUserName edith = new LegacyUserName("edith");
        edith.bindTo("subject-of-the-first-edith", NOW);

        assertThrows(IllegalStateException.class, () -> edith.bindTo("subject-of-a-later-edith", NOW.plusSeconds(60)));
        assertEquals(Optional.of("subject-of-the-first-edith"), edith.boundSubject());
    }
}
