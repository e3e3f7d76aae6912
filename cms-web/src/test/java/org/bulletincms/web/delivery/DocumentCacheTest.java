package org.bulletincms.web.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bulletincms.delivery.LocaleChoice;
import org.bulletincms.locale.LocaleTag;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

    private static final LocaleTag ZH = LocaleTag.of("zh-CN");
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final DocumentCache.Listing PUBLICATION =
            new DocumentCache.Listing(UUID.randomUUID(), List.of(ZH, EN), ZH);
    private static final String ISSUE = "/api/delivery/v1/publications/spp/issues/2024/2";

    private final DocumentCache cache = new DocumentCache(1 << 20);

    @Test
    void aHundredDifferentAcceptLanguagesNegotiateToThePublicationsLocalesAndEvictNoRealEntry() {
        cache.apply(1, Set.of());
        String zh = negotiated(ISSUE, "zh-CN");
        String en = negotiated(ISSUE, "en");
        cache.keep(zh, kept("zh"), cache.generation());
        cache.keep(en, kept("en"), cache.generation());

        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String header = switch (i % 4) {
                case 0 -> "en-US,en;q=0." + (i % 9 + 1);
                case 1 -> "zh-TW;q=0.8, x-test-" + i;
                case 2 -> "de-DE, fr;q=0." + (i % 9 + 1) + ", tag" + i;
                default -> "xx-" + i + ";q=1, *;q=0.1";
            };
            String key = negotiated(ISSUE, header);
            keys.add(key);
            cache.keep(key, kept("negotiated " + i), cache.generation());
        }

        assertEquals(
                Set.of(zh, en, DocumentKeyOf.fallback(PUBLICATION, 2024, 2)),
                keys,
                "every header is one of the publication's locales, or the source locale's fall-back variant");
        assertEquals(3, cache.size());
        assertTrue(cache.find(zh).isPresent());
        assertTrue(cache.find(en).isPresent());
    }

    @Test
    void theCacheIsBoundedByBytesNotByEntries() {
        cache.apply(1, Set.of());
        byte[] large = new byte[100_000];
        for (int i = 0; i < 50; i++) {
            cache.keep(
                    "document-" + i,
                    new DocumentCache.Kept(large, "\"" + i + "\"", "application/json", Optional.empty(), "max-age=60"),
                    cache.generation());
        }

        assertTrue(cache.weight() <= 1 << 20, "at most 1 MiB held, but " + cache.weight());
        assertTrue(cache.size() < 11, "at most ten documents of 100 kB fit in 1 MiB, but " + cache.size());
    }

    @Test
    void aRequestThatReadBeforeAPublicationNeverStoresItsOldDocumentAfterIt() {
        cache.apply(7, Set.of());
        String key = negotiated(ISSUE, "en");
        long readIn = cache.generation(); // the request notes the generation, then reads the old edition

        cache.apply(8, Set.of(key)); // the correction commits; this node applies its generation
        boolean stored = cache.keep(key, kept("old edition"), readIn);

        assertFalse(stored);
        assertTrue(cache.find(key).isEmpty(), "the next request reads the new edition from the compiled documents");
    }

    @Test
    void aDocumentStoredJustBeforeAPublicationIsForgottenByIt() {
        cache.apply(7, Set.of());
        String key = negotiated(ISSUE, "en");
        assertTrue(cache.keep(key, kept("old edition"), cache.generation()));

        cache.apply(8, Set.of(key));

        assertTrue(cache.find(key).isEmpty());
    }

    @Test
    void requestsRacingAPublicationLeaveNoOldDocumentBehind() throws Exception {
        // Many requests read the old document in generation 1 and store it while generation 2 is applied:
        // whichever order the threads take, nothing of generation 1 survives the application.
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                DocumentCache racing = new DocumentCache(1 << 20);
                racing.apply(1, Set.of());
                String key = "key-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> keeps = new java.util.ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    keeps.add(threads.submit(() -> {
                        start.await();
                        return racing.keep(key, kept("old"), 1);
                    }));
                }
                Future<?> publication = threads.submit(() -> {
                    start.await();
                    racing.apply(2, Set.of(key));
                    return null;
                });
                start.countDown();
                publication.get(10, TimeUnit.SECONDS);
                for (Future<Boolean> keep : keeps) {
                    keep.get(10, TimeUnit.SECONDS);
                }
                assertTrue(racing.find(key).isEmpty(), "round " + round + " kept the old document");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aGenerationForgetsOnlyTheKeysItChanged() {
        cache.apply(1, Set.of());
        String zh = negotiated(ISSUE, "zh-CN");
        String en = negotiated(ISSUE, "en");
        cache.keep(zh, kept("zh"), cache.generation());
        cache.keep(en, kept("en"), cache.generation());

        cache.apply(2, Set.of(en));

        assertArrayEquals(
                "zh".getBytes(StandardCharsets.UTF_8),
                cache.find(zh).orElseThrow().body());
        assertTrue(cache.find(en).isEmpty());
    }

    @Test
    void nothingIsStoredBeforeTheNodeKnowsAGeneration() {
        assertFalse(cache.keep("key", kept("read before the first poll"), cache.generation()));
    }

    private static String negotiated(String path, String acceptLanguage) {
        DeliveryAddress address = DeliveryAddress.of(path, null).orElseThrow();
        LocaleChoice choice = LocaleChoice.of(
                address.locale(), AcceptLanguage.parse(acceptLanguage), PUBLICATION.locales(), PUBLICATION.source());
        return address.shape().key(PUBLICATION, choice).value();
    }

    private static DocumentCache.Kept kept(String body) {
        return new DocumentCache.Kept(
                body.getBytes(StandardCharsets.UTF_8),
                "\"" + body.hashCode() + "\"",
                "application/json;charset=UTF-8",
                Optional.of("en"),
                "max-age=60");
    }

    private static final class DocumentKeyOf {
        static String fallback(DocumentCache.Listing publication, int year, int number) {
            return org.bulletincms.delivery.DocumentKey.latestIssue(
                            publication.id(), year, number, publication.source(), true)
                    .value();
        }
    }
}
