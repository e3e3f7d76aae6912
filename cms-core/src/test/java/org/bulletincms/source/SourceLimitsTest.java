package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceLimitsTest {

    @Test
    void parserProcessesDefaultToHalfTheProcessorsFromOneToFour() {
        assertEquals(1, SourceLimits.defaultParsers(1));
        assertEquals(1, SourceLimits.defaultParsers(2), "on 2 processors one process extracts more than two");
        assertEquals(2, SourceLimits.defaultParsers(4));
        assertEquals(3, SourceLimits.defaultParsers(6));
        assertEquals(4, SourceLimits.defaultParsers(64), "the rest serve editors and the database");
    }

    @Test
    void aBadValueNamesItsProperty() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> new SourceLimits(52_428_800L, Duration.ofSeconds(120), 512, 10_000_000, 0, 2));
        assertTrue(
                refused.getMessage().startsWith("cms.sources.parsers must be between 1 and 32"), refused.getMessage());
    }
}
