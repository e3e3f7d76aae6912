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

    /** The colophon item of the edition's Chinese locale. */
    static final String COLOPHON = "7d2f9b3a-b5c6-4e4a-8f6d-3b4c5d6e7f80";

    /**
     * The snapshot as published for an issue without a colophon item of its own: in zh-CN, the colophon rubric gone
     * and the same colophon given as the publication's ({@code "colophon"} beside the rubrics).
     */
    static JsonObject snapshotWithThePublicationsColophon() {
        JsonObject snapshot = snapshot();
        JsonObject colophon = snapshot.getJsonObject("locales")
                .getJsonObject("zh-CN")
                .getJsonArray("rubrics")
                .getJsonObject(1)
                .getJsonArray("items")
                .getJsonObject(0);
        return jakarta.json.Json.createPatchBuilder()
                .remove("/locales/zh-CN/rubrics/1")
                .add("/locales/zh-CN/colophon", colophon)
                .build()
                .apply(snapshot);
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
