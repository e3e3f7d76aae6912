package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    private static SourceDocument queued() {
        return new SourceDocument(
                "0123456789abcdef0123456789abcdef",
                new ReceivedFile(Path.of("x"), 3, "abc"),
                SourceFileName.of("report.pdf"),
                SourceType.PDF,
                "edith",
                NOW);
    }

    @Test
    void gracefulStopsNeverUseUpTheAttempts() {
        SourceDocument source = queued();
        for (int restart = 0; restart < 5; restart++) {
            source.startExtraction("node", NOW);
            source.handedBack();
            source.interrupted(2, NOW);
            assertEquals(ExtractionStatus.QUEUED, source.status(), "after graceful stop " + (restart + 1));
        }
        assertEquals(0, source.attempts());
    }

    @Test
    void stopsWithoutAWordUseUpTheAttempts() {
        SourceDocument source = queued();
        source.startExtraction("node", NOW);
        source.interrupted(2, NOW);
        source.startExtraction("node", NOW);
        source.interrupted(2, NOW);
        assertEquals(ExtractionStatus.FAILED, source.status());
        assertEquals("interrupted", source.failureReason().orElseThrow());
    }
}
