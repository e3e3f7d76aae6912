package org.bulletincms.it.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Seed issue 2021 No. 4 (总第6期) of the SPP newsletter: its rubrics in order and the standard plugins' seed
 * samples of its items (cms-plugins/standard-sections test resources), Chinese as published, English as
 * translated.
 */
final class SeedIssue2021No4 {

    static final int YEAR = 2021;
    static final int NUMBER = 4;
    static final int CUMULATIVE = 6;

    private static final Path SAMPLES =
            Path.of("../cms-plugins/standard-sections/src/test/resources/" + "org/bulletincms/plugins/standard");

    record Rubric(String zh, String en, List<String> items) {}

    static final Rubric ONE_PLANET = new Rubric(
            "同一个地球网络最新进展",
            "One Planet Network updates",
            List.of(
                    "news/2021-4-circular-economy-ndcs",
                    "event/2021-4-cop26",
                    "news/2021-4-food-systems-summit",
                    "news/2021-4-10yfp-extended"));
    static final Rubric SPP_PROGRAMME = new Rubric(
            "可持续公共采购计划最新进展",
            "SPP Programme updates",
            List.of(
                    "report-summary/2021-4-unep-spp-guidelines",
                    "results/2021-4-sdg-12-7-1",
                    "working-group/2021-4-food-working-group"));
    static final Rubric PARTNERS = new Rubric(
            "合作伙伴最新进展",
            "Partner updates",
            List.of(
                    "podcast-series/2021-4-iclei-food-podcasts", "announcement/2021-4-wwf-future-food",
                    "announcement/2021-4-tco-certified", "survey/2021-4-igpn-climate-survey"));
    static final Rubric COLOPHON = new Rubric(null, null, List.of("colophon/2021-4-colophon"));

    static final List<Rubric> RUBRICS = List.of(ONE_PLANET, SPP_PROGRAMME, PARTNERS, COLOPHON);

    private SeedIssue2021No4() {}

    static String type(String sample) {
        return sample.substring(0, sample.indexOf('/'));
    }

    /** The whole sample: shared values and both locales. */
    static JsonObject content(String sample) {
        try (JsonReader reader =
                Json.createReader(Files.newBufferedReader(SAMPLES.resolve(sample + ".json"), StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample as the editor writes it: shared values and the Chinese source, no translation yet; an item the
     * same in every locale (the English COP26 flyer) whole, as it is written once.
     */
    static JsonObject chineseSource(String sample) {
        JsonObject content = content(sample);
        if (content.containsKey("sameInEveryLocale")) {
            return content;
        }
        return Json.createObjectBuilder()
                .add("shared", content.getJsonObject("shared"))
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add("zh-CN", content.getJsonObject("localized").getJsonObject("zh-CN")))
                .build();
    }

    /** Whether the sample is written once, the same in every locale (the English COP26 flyer). */
    static boolean writtenOnce(String sample) {
        return content(sample).containsKey("sameInEveryLocale");
    }

    /** The sample's English values, what the translator writes. */
    static JsonObject english(String sample) {
        return content(sample).getJsonObject("localized").getJsonObject("en");
    }

    /** A field as the Chinese issue shows it: in Chinese, or in the one language of an item written once. */
    static String zh(String sample, String field) {
        JsonObject content = content(sample);
        return content.getJsonObject("localized")
                .getJsonObject(content.getString("sameInEveryLocale", "zh-CN"))
                .getString(field);
    }

    static String en(String sample, String field) {
        return english(sample).getString(field);
    }
}
