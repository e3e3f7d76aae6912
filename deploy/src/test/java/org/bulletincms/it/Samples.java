package org.bulletincms.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Item content for the standard section types, in the shape the section-type SPI defines. */
final class Samples {

    /** Every type of the standard plugins; together they cover every item of both seed issues. */
    static final List<String> STANDARD_TYPES = List.of(
            "announcement",
            "colophon",
            "declaration",
            "event",
            "news",
            "podcast-series",
            "programme-profile",
            "report-summary",
            "results",
            "survey",
            "working-group");

    static final String NEWS_BODY_FIELD = "body";

    private Samples() {}

    static JsonObject news(String zhTitle, String enTitle) {
        return Json.createObjectBuilder()
                .add("shared", Json.createObjectBuilder().add("sourceUrl", "https://www.oneplanetnetwork.org/"))
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder()
                                                .add("title", zhTitle)
                                                .add("body", "<p>正文</p>")
                                                .add("sourceName", "同一个地球网络网站"))
                                .add(
                                        "en",
                                        Json.createObjectBuilder()
                                                .add("title", enTitle)
                                                .add("body", "<p>Body</p>")
                                                .add("sourceName", "One Planet network")))
                .build();
    }

    static JsonObject newsInChineseOnly(String zhTitle) {
        return Json.createObjectBuilder()
                .add("shared", Json.createObjectBuilder())
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder()
                                                .add("title", zhTitle)
                                                .add("body", "<p>正文</p>")))
                .build();
    }

    /** The example plugin's own sample: a tender notice for public lighting in Eindhoven. */
    static JsonObject tenderNotice() {
        Path sample = Path.of("../cms-plugins/example-tender-notice/src/test/resources/org/example/bulletin/tender/"
                + "eindhoven-public-lighting.json");
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(sample, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The COP26 event of the seed issue 2021 No. 4, written in English only (the same in every locale). */
    static JsonObject cop26Event() {
        return read(
                Path.of("../cms-plugins/standard-sections/src/test/resources/org/bulletincms/plugins/standard/event/"
                        + "2021-4-cop26.json"));
    }

    private static JsonObject read(Path sample) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(sample, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject newsWithBody(String zhTitle, String zhBody) {
        return Json.createObjectBuilder()
                .add("shared", Json.createObjectBuilder())
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder()
                                                .add("title", zhTitle)
                                                .add("body", zhBody)))
                .build();
    }
}
