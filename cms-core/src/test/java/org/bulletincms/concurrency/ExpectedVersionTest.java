package org.bulletincms.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void theCurrentTagOrAnyTagPasses() {
        ExpectedVersion.ofHeader("\"abc\"").require("abc");
        ExpectedVersion.ofHeader("\"old\", \"abc\"").require("abc");
        ExpectedVersion.ofHeader("*").require("abc");
    }

    @Test
    void aTagThatCoversTheCurrentOnePasses() {
        ExpectedVersion.ofHeader("\"issue-tag\"").require("item-tag", List.of("issue-tag"));
    }

    @Test
    void anOutdatedTagIsStaleAndCarriesTheCurrentOne() {
        StaleVersion stale = assertThrows(
                StaleVersion.class, () -> ExpectedVersion.ofHeader("\"old\"").require("abc"));

        assertEquals("abc", stale.current());
        assertEquals("precondition-failed", stale.code());
    }

    @Test
    void anUnquotedTagIsNotTheTag() {
        assertThrows(StaleVersion.class, () -> ExpectedVersion.ofHeader("abc").require("abc"));
    }

    @Test
    void noTagOrABlankOneIsRequired() {
        assertThrows(VersionRequired.class, () -> ExpectedVersion.ofHeader(null).require("abc"));
        assertThrows(VersionRequired.class, () -> ExpectedVersion.ofHeader("  ").require("abc"));
    }
}
