package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationSlug;
import org.bulletincms.workflow.PublishedEdition;

/**
 * A bilingual corrected edition (zh-CN source, en target) with an untitled rubric and an item not translated into
 * en, and the documents the delivery API sent for it before its shapes became records ({@code delivery/*.json}).
 */
final class SampleEdition {

    static final LocaleTag ZH = LocaleTag.of("zh-CN");
    static final LocaleTag EN = LocaleTag.of("en");

    private SampleEdition() {}

    static Publication publication() {
        Map<LocaleTag, String> title = new LinkedHashMap<>();
        title.put(ZH, "可持续公共采购计划简报");
        title.put(EN, "SPP Programme Newsletter");
        return Publication.start(
                new PublicationSlug("spp-newsletter"),
                TextByLocale.of(title),
                Optional.empty(),
                new PublicationLocales(ZH, List.of(EN)),
                "edith",
                Instant.parse("2024-01-01T00:00:00Z"));
    }

    static String snapshotText() {
        return resource("snapshot.json");
    }

    static JsonObject snapshot() {
        return DeliveryShapes.parse(snapshotText());
    }

    static PublishedEdition edition(Publication publication) {
        return new PublishedEdition(
                UUID.fromString("0b8f2c9e-0a61-4d4e-9a49-5c7f0e3b7a21"),
                publication.id(),
                2,
                new IssueNumber(2024, 2, 16),
                Instant.parse("2024-07-15T08:00:00Z"),
                "anna",
                "abc",
                Optional.of("更正了活动日期。"),
                snapshotText());
    }

    static String resource(String name) {
        try (InputStream in = SampleEdition.class.getResourceAsStream("/delivery/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource delivery/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
