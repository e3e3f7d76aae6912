package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Both seed issues entered completely through the API by the demo editor — every rubric and every item, the
 * Chinese exactly as published, the English translations — then read back and compared field by field.
 * The item contents are the standard plugins' seed samples (cms-plugins/standard-sections test resources).
 */
@ExtendWith(ArquillianExtension.class)
class SeedIssuesIT {

    private static final Path SAMPLES =
            Path.of("../cms-plugins/standard-sections/src/test/resources/" + "org/bulletincms/plugins/standard");

    record SeedRubric(String zh, String en, List<String> items) {}

    static final List<SeedRubric> ISSUE_2024_2 = List.of(
            new SeedRubric(
                    "同一个地球网络最新进展",
                    "One Planet Network updates",
                    List.of(
                            "report-summary/2024-2-dpi-environmental-sustainability",
                            "event/2024-2-dpi-wsis",
                            "declaration/2024-2-chaillot")),
            new SeedRubric(
                    "可持续公共采购计划最新进展",
                    "SPP Programme updates",
                    List.of(
                            "news/2024-2-regional-food-systems", "report-summary/2024-2-spp-ecolabelling-good-practice",
                            "announcement/2024-2-advisory-committee", "announcement/2024-2-new-co-lead")),
            new SeedRubric(
                    "合作伙伴最新进展",
                    "Partner updates",
                    List.of(
                            "report-summary/2024-2-mauritius-construction", "report-summary/2024-2-gpp-monitoring",
                            "programme-profile/2024-2-co2-performance-ladder",
                                    "report-summary/2024-2-cities-buildings-climate")),
            new SeedRubric(null, null, List.of("colophon/2024-2-colophon")));

    static final List<SeedRubric> ISSUE_2021_4 = List.of(
            new SeedRubric(
                    "同一个地球网络最新进展",
                    "One Planet Network updates",
                    List.of(
                            "news/2021-4-circular-economy-ndcs",
                            "event/2021-4-cop26",
                            "news/2021-4-food-systems-summit",
                            "news/2021-4-10yfp-extended")),
            new SeedRubric(
                    "可持续公共采购计划最新进展",
                    "SPP Programme updates",
                    List.of(
                            "report-summary/2021-4-unep-spp-guidelines",
                            "results/2021-4-sdg-12-7-1",
                            "working-group/2021-4-food-working-group")),
            new SeedRubric(
                    "合作伙伴最新进展",
                    "Partner updates",
                    List.of(
                            "podcast-series/2021-4-iclei-food-podcasts", "announcement/2021-4-wwf-future-food",
                            "announcement/2021-4-tco-certified", "survey/2021-4-igpn-climate-survey")),
            new SeedRubric(null, null, List.of("colophon/2021-4-colophon")));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @Test
    void seedIssue2024No2IsEnteredCompletelyAndReadBackFieldByField() throws IOException {
        enterAndCompare(2024, 2, 16, ISSUE_2024_2, "数字公共基础设施促进环境可持续性的未来");
    }

    @Test
    void seedIssue2021No4IsEnteredCompletelyAndReadBackFieldByField() throws IOException {
        enterAndCompare(2021, 4, 6, ISSUE_2021_4, "通过循环经济加强国家自主贡献");
    }

    private void enterAndCompare(int year, int number, int cumulative, List<SeedRubric> seed, String firstTitleStart)
            throws IOException {
        Map<String, String> richTextFields = richTextFields();
        JsonObject publication = startSeedPublication();
        String issueId = enter(publication, year, number, cumulative, seed);
        List<String> expectedFiles =
                seed.stream().flatMap(rubric -> rubric.items().stream()).toList();

        JsonObject stored =
                Api.as(DemoUser.TOM).get("/api/v1/issues/" + issueId).json();
        assertEquals(
                year + "年第" + number + "期 总第" + cumulative + "期",
                stored.getJsonObject("label").getString("zh-CN"));
        assertEquals(
                seed == ISSUE_2021_4 ? MASTHEAD_LINE_2021_4 : Map.of(),
                Map.copyOf(stored.getJsonObject("mastheadLine").entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, entry -> ((JsonString) entry.getValue()).getString()))),
                "the masthead line");
        JsonArray rubrics = stored.getJsonArray("rubrics");
        assertEquals(seed.size(), rubrics.size());
        List<JsonObject> items = new ArrayList<>();
        for (int r = 0; r < seed.size(); r++) {
            JsonObject rubric = rubrics.getJsonObject(r);
            if (seed.get(r).zh() != null) {
                assertEquals(seed.get(r).zh(), rubric.getJsonObject("title").getString("zh-CN"));
                assertEquals(seed.get(r).en(), rubric.getJsonObject("title").getString("en"));
            }
            items.addAll(rubric.getJsonArray("items").getValuesAs(JsonObject.class));
        }
        assertEquals(expectedFiles.size(), items.size(), "every item of the seed issue");
        for (int i = 0; i < items.size(); i++) {
            String file = expectedFiles.get(i);
            JsonObject item = items.get(i);
            assertEquals(type(file), item.getString("type"), file);
            assertSameContent(file, sample(file), item.getJsonObject("content"), richTextFields, type(file));
        }

        JsonObject contents = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + issueId + "/contents?locale=zh-CN")
                .json();
        assertEquals(
                seed.stream().filter(r -> r.zh() != null).map(SeedRubric::zh).toList(),
                contents.getJsonArray("rubrics").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("title"))
                        .toList(),
                "the table of contents lists the rubrics");
        assertTrue(
                contents.getJsonArray("rubrics")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("title")
                        .startsWith(firstTitleStart),
                contents::toString);
    }

    /** The line 2021 No. 4 prints above the publication's title; 2024 No. 2 has none. */
    static final Map<String, String> MASTHEAD_LINE_2021_4 = Map.of("zh-CN", "同一个地球网络", "en", "One Planet network");

    /**
     * Enters a seed issue into the publication exactly as published, its masthead line, every rubric and item;
     * answers its id.
     */
    static String enter(JsonObject publication, int year, int number, int cumulative, List<SeedRubric> seed)
            throws IOException {
        return enter(publication, year, number, cumulative, seed, (file, sample) -> sample);
    }

    /**
     * As {@link #enter(JsonObject, int, int, int, List)}, each item's content the sample as {@code content} gives it
     * back ({@link SeedPictures#placedIn} places the seed's pictures).
     */
    static String enter(
            JsonObject publication,
            int year,
            int number,
            int cumulative,
            List<SeedRubric> seed,
            BiFunction<String, JsonObject, JsonObject> content)
            throws IOException {
        JsonObject issue = Editorial.draftIssue(
                DemoUser.EDITH,
                publication,
                year,
                number,
                cumulative,
                seed == ISSUE_2021_4 ? MASTHEAD_LINE_2021_4 : Map.of());
        String issueId = issue.getString("id");
        for (SeedRubric rubric : seed) {
            JsonObject created = rubric.zh() == null
                    ? Editorial.created(Api.as(DemoUser.EDITH)
                            .post(
                                    "/api/v1/issues/" + issueId + "/rubrics",
                                    Json.createObjectBuilder().build()))
                    : Editorial.addRubric(DemoUser.EDITH, issue, rubric.zh(), rubric.en());
            for (String file : rubric.items()) {
                Api.Reply item = Editorial.addItem(
                        DemoUser.EDITH,
                        issueId,
                        created.getString("id"),
                        type(file),
                        content.apply(file, sample(file)));
                assertEquals(201, item.status(), () -> file + ": " + item);
            }
        }
        return issueId;
    }

    private static final String SOURCES_NOTE =
            "简报内容来源于“同一个地球网络”（www.oneplanetnetwork.org）和可持续公共采购计划" + "联合领导机构和合作伙伴发布的公开信息，由中环联合认证中心汇编制作。";

    /** The SPP newsletter as a publication: titles, publisher, tagline and colophon defaults from the seeds. */
    static JsonObject startSeedPublication() {
        return startSeedPublication(
                "spp-newsletter-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    /** As {@link #startSeedPublication()}, under the slug given ({@link PublishedSeeds} names its own). */
    static JsonObject startSeedPublication(String slug) {
        JsonObject body = Json.createObjectBuilder()
                .add("slug", slug)
                .add(
                        "title",
                        Json.createObjectBuilder()
                                .add("zh-CN", "可持续公共采购计划简报")
                                .add("en", "Sustainable Public Procurement Programme Newsletter"))
                .add("publisher", "中环联合认证中心")
                .add("sourceLocale", "zh-CN")
                .add("targetLocales", Json.createArrayBuilder().add("en"))
                .add("tagline", Json.createObjectBuilder().add("en", "One planet, procure with care"))
                .add(
                        "colophon",
                        Json.createObjectBuilder()
                                .add(
                                        "editor",
                                        Json.createObjectBuilder()
                                                .add("zh-CN", "王璟")
                                                .add("en", "Wang Jing"))
                                .add("email", "wangj@mepcec.com")
                                .add("website", "http://www.mepcec.com")
                                .add("sourcesNote", Json.createObjectBuilder().add("zh-CN", SOURCES_NOTE)))
                .build();
        JsonObject created = Editorial.created(Api.as(DemoUser.EDITH).post("/api/v1/publications", body));
        JsonObject read = Api.as(DemoUser.TOM)
                .get("/api/v1/publications/" + created.getString("id"))
                .json();
        assertEquals(body.getJsonObject("title"), read.getJsonObject("title"));
        assertEquals(body.getJsonObject("tagline"), read.getJsonObject("tagline"));
        assertEquals(body.getJsonObject("colophon"), read.getJsonObject("colophon"));
        assertEquals("中环联合认证中心", read.getString("publisher"));
        return created;
    }

    /** Every field of the sample, in every locale, equals what was read back: rich text by its visible text. */
    private static void assertSameContent(
            String file, JsonObject expected, JsonObject actual, Map<String, String> richTextFields, String type) {
        assertSameValues(
                file + " shared",
                expected.getJsonObject("shared"),
                actual.getJsonObject("shared"),
                richTextFields,
                type);
        assertEquals(
                expected.get("sameInEveryLocale"),
                actual.get("sameInEveryLocale"),
                file + ": written once, the same in every locale, or translated per locale");
        JsonObject expectedLocales = expected.getJsonObject("localized");
        assertEquals(expectedLocales.keySet(), actual.getJsonObject("localized").keySet(), file);
        for (String locale : expectedLocales.keySet()) {
            assertSameValues(
                    file + " " + locale,
                    expectedLocales.getJsonObject(locale),
                    actual.getJsonObject("localized").getJsonObject(locale),
                    richTextFields,
                    type);
        }
    }

    private static void assertSameValues(
            String where, JsonObject expected, JsonObject actual, Map<String, String> richTextFields, String type) {
        assertEquals(expected.keySet(), actual.keySet(), where);
        for (String field : expected.keySet()) {
            JsonValue want = expected.get(field);
            JsonValue got = actual.get(field);
            if (richTextFields.containsKey(type + "/" + field)) {
                String wantText = visibleText(((JsonString) want).getString());
                assertFalse(wantText.isBlank(), where + "/" + field);
                assertEquals(wantText, visibleText(((JsonString) got).getString()), where + "/" + field);
            } else {
                assertEquals(want, got, where + "/" + field);
            }
        }
    }

    private static Map<String, String> richTextFields() {
        Map<String, String> rich = new HashMap<>();
        for (JsonObject type :
                Api.as(DemoUser.EDITH).get("/api/v1/section-types").jsonArray().getValuesAs(JsonObject.class)) {
            for (JsonObject field : type.getJsonArray("fields").getValuesAs(JsonObject.class)) {
                if (field.getString("kind").equals("rich-text")) {
                    rich.put(type.getString("id") + "/" + field.getString("name"), "rich");
                }
            }
        }
        return rich;
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    /** What a reader sees of rich text: tags removed, character references decoded, spaces collapsed. */
    static String visibleText(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default ->
                    new String(Character.toChars(
                            name.startsWith("#x")
                                    ? Integer.parseInt(name.substring(2), 16)
                                    : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString().replaceAll("\\s+", " ").trim();
    }

    static String type(String file) {
        return file.substring(0, file.indexOf('/'));
    }

    static JsonObject sample(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(SAMPLES.resolve(file + ".json"), StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        }
    }
}
