package org.bulletincms.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerBodyLimitTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void theDefaultsFitTheDefaultUploadWithOneMibOfSlack() {
        assertEquals(Optional.empty(), ServerBodyLimit.refusal(53_477_376, 50 * MIB, MIB));
        assertEquals(51 * MIB, 53_477_376);
    }

    @Test
    void anUploadLimitAboveTheServersCapStopsTheStartSayingWhatToRaise() {
        Optional<String> refusal = ServerBodyLimit.refusal(51 * MIB, 100 * MIB, MIB);

        assertTrue(refusal.orElseThrow().contains("Raise cms.http.max-post-size to at least"), refusal.get());
        assertTrue(refusal.get().contains(String.valueOf(100 * MIB)), refusal.get());
    }

    @Test
    void anApiRequestLimitAboveTheServersCapStopsTheStart() {
        assertTrue(ServerBodyLimit.refusal(2 * MIB, MIB, 4 * MIB).isPresent());
    }
}
