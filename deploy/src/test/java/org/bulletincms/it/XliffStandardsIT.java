package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bulletincms.media.HostileImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seed issue 2021 No. 4 exported as XLIFF 2.1 in the hands of tools that are not our code
 * (docs/translation-exchange.md): the file validates against the OASIS XLIFF 2.1 schemas ({@link XliffSchemas}),
 * and Okapi's XLIFF 2 toolkit reads it, takes the English of the seed into every unit's target and writes it back
 * ({@link ThroughOkapi}); imported, every field of the issue in English is the seed's English, markup included.
 */
@ExtendWith(ArquillianExtension.class)
class XliffStandardsIT {

    private static final String XLIFF = "application/xliff+xml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    /** A seed issue entered in Chinese: its id, and the sample file of each item by item id. */
    record Entered(String issue, Map<String, String> samplesByItem) {}

    /** Seed issue 2021 No. 4 as the editor enters it: every rubric and item, Chinese only, sent to translation. */
    private static Entered enterChinese(JsonObject publication) {
        return enterChinese(publication, 2021, 4, 6, SeedIssuesIT.ISSUE_2021_4, true);
    }

    /**
     * A seed issue as the editor enters it: every rubric and item, the items in Chinese only, sent to translation.
     * Rubric titles are the editor's to translate (translators do not write them): with {@code englishRubricTitles}
     * she titles each rubric in both languages at once, otherwise in Chinese alone.
     */
    static Entered enterChinese(
            JsonObject publication,
            int year,
            int number,
            int cumulative,
            List<SeedIssuesIT.SeedRubric> seed,
            boolean englishRubricTitles) {
        JsonObject issue = Editorial.draftIssue(
                DemoUser.EDITH,
                publication,
                year,
                number,
                cumulative,
                seed == SeedIssuesIT.ISSUE_2021_4 ? SeedIssuesIT.MASTHEAD_LINE_2021_4 : Map.of());
        String issueId = issue.getString("id");
        Map<String, String> samples = new LinkedHashMap<>();
        for (SeedIssuesIT.SeedRubric rubric : seed) {
            JsonObject created;
            if (rubric.zh() == null) {
                created = Editorial.created(Api.as(DemoUser.EDITH)
                        .post(
                                "/api/v1/issues/" + issueId + "/rubrics",
                                Json.createObjectBuilder().build()));
            } else if (englishRubricTitles) {
                created = Editorial.addRubric(DemoUser.EDITH, issue, rubric.zh(), rubric.en());
            } else {
                created = Editorial.addRubric(DemoUser.EDITH, issue, rubric.zh());
            }
            for (String file : rubric.items()) {
                Api.Reply item = Editorial.addItem(
                        DemoUser.EDITH, issueId, created.getString("id"), SeedIssuesIT.type(file), chinese(file));
                assertEquals(201, item.status(), () -> file + ": " + item);
                samples.put(item.json().getString("id"), file);
            }
        }
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "send-to-translation", null));
        return new Entered(issueId, samples);
    }

    /** The sample as the editor writes it: its shared values and its Chinese; an item written once, whole. */
    static JsonObject chinese(String file) {
        JsonObject sample = sample(file);
        if (sample.containsKey("sameInEveryLocale")) {
            return sample;
        }
        return Json.createObjectBuilder()
                .add("shared", sample.getJsonObject("shared"))
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add("zh-CN", sample.getJsonObject("localized").getJsonObject("zh-CN")))
                .build();
    }

    static JsonObject sample(String file) {
        try {
            return SeedIssuesIT.sample(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String export(String issue) {
        return export(issue, "");
    }

    private static String export(String issue, String query) {
        Api.Reply reply = Api.as(DemoUser.TOM).get("/api/v1/issues/" + issue + "/translations/en/xliff" + query);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(XLIFF), reply::toString);
        return reply.body();
    }

    @Test
    void theXliffExportsOfSeedIssue2021No4ValidateAgainstTheOasisSchemas() {
        // published first, so that the export also offers the memory's matches (mtc) for the rubric title
        SeedIssue2024No2 earlier = SeedIssue2024No2.published(List.of("news/2024-2-regional-food-systems"));
        Eventually.until(
                () -> Api.as(DemoUser.EDITH)
                        .get("/api/v1/translation-memory/tmx/zh-CN/en")
                        .body(),
                tmx -> tmx.contains("urn:bulletin-cms:issue:" + earlier.issue()),
                Duration.ofSeconds(30),
                "the translations of issue " + earlier.issue() + " in the translation memory");
        Entered entered = enterChinese(SeedIssuesIT.startSeedPublication());

        String xliff = export(entered.issue());
        String xliff12 = export(entered.issue(), "?version=1.2");

        assertAll(
                () -> assertTrue(xliff.contains("<mda:meta type=\"source-fingerprint\">"), xliff),
                () -> assertTrue(xliff12.contains("<context context-type=\"x-source-fingerprint\">"), xliff12),
                () -> assertTrue(xliff12.contains("<alt-trans match-quality=\""), "the memory's match:\n" + xliff12),
                () -> assertTrue(xliff12.contains("<g id=\"1\" ctype=\"x-html-p\">"), xliff12),
                () -> assertEquals(List.of(), XliffSchemas.violationsOf12(xliff12), xliff12),
                () -> assertTrue(xliff.contains("<mtc:match ref=\"#seg\""), "the memory's match is offered:\n" + xliff),
                () -> assertTrue(xliff.contains("<pc id=\"1\" dataRefStart=\"s1\" dataRefEnd=\"e1\">"), xliff),
                () -> assertEquals(List.of(), XliffSchemas.violationsOf21(xliff), xliff));
    }

    @Test
    void seedIssue2021No4TranslatedThroughOkapiComesBackAsTheEnglishOfTheSeed() {
        Entered entered = enterChinese(SeedIssuesIT.startSeedPublication());
        Set<String> rich = richTextFields();
        Map<String, String> rubricTitles = rubricTitles(entered.issue());
        String exported = export(entered.issue());
        long units = Pattern.compile("<unit ").matcher(exported).results().count();

        ThroughOkapi.Translated translated =
                ThroughOkapi.translate(exported, unit -> english(unit, entered, rich, rubricTitles));

        assertAll(
                () -> assertEquals(units, translated.fingerprints().size(), "Okapi read every unit"),
                () -> assertTrue(
                        translated.fingerprints().values().stream().allMatch(Optional::isPresent),
                        "Okapi reads each unit's fingerprint in the metadata module: " + translated.fingerprints()),
                () -> assertEquals(
                        units,
                        Pattern.compile("<mda:meta type=\"source-fingerprint\">")
                                .matcher(translated.xliff())
                                .results()
                                .count(),
                        "and writes it back:\n" + translated.xliff()),
                () -> assertEquals(List.of(), XliffSchemas.violationsOf21(translated.xliff()), translated.xliff()));

        Api.Reply reply = Api.as(DemoUser.TOM)
                .send(
                        "PUT",
                        "/api/v1/issues/" + entered.issue() + "/translations/en/xliff",
                        HttpRequest.BodyPublishers.ofString(translated.xliff()),
                        XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.json();
        Map<String, String> outcomes = report.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(unit -> unit.getString("id"), unit -> unit.getString("outcome")));
        assertAll(
                () -> assertEquals(units, outcomes.size(), report::toString),
                () -> assertEquals(0, report.getInt("refused"), report::toString),
                () -> assertEquals(0, report.getInt("outdated"), report::toString),
                () -> assertTrue(
                        outcomes.entrySet().stream()
                                .allMatch(unit -> unit.getKey().startsWith("rubric:")
                                        ? unit.getValue().equals("unchanged")
                                        : unit.getValue().equals("applied")),
                        "every item's unit applied, the rubric titles (already English) unchanged: " + report));

        // what the translation form stores for the seed's English, in a publication of its own: the expected values
        JsonObject reference = SeedIssuesIT.startSeedPublication();
        String referenceIssue = enterWhole(reference);
        List<JsonObject> expected = items(referenceIssue);
        List<JsonObject> actual = items(entered.issue());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonObject want = expected.get(i).getJsonObject("content");
            JsonObject got = actual.get(i).getJsonObject("content");
            String file = entered.samplesByItem().get(actual.get(i).getString("id"));
            assertEquals(
                    want.getJsonObject("localized").get("en"),
                    got.getJsonObject("localized").get("en"),
                    file + ": every English field as the seed's, markup included");
        }
    }

    @Test
    void aPicturesAltTextAndCaptionGoOutAsUnitsAndComeBackIntoTheItemsEnglish() {
        JsonObject publication = SeedIssuesIT.startSeedPublication();
        String media = Api.as(DemoUser.EDITH)
                .send(
                        "POST",
                        "/api/v1/publications/" + publication.getString("id") + "/media?filename=chaillot.jpg",
                        HttpRequest.BodyPublishers.ofByteArray(HostileImages.jpeg(800, 450)),
                        "application/octet-stream")
                .json()
                .getString("id");
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        JsonObject declaration = chinese("declaration/2024-2-chaillot");
        JsonObject content = Json.createObjectBuilder(declaration)
                .add(
                        "shared",
                        Json.createObjectBuilder(declaration.getJsonObject("shared"))
                                .add("picture", Json.createObjectBuilder().add("media", media)))
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder(declaration
                                                        .getJsonObject("localized")
                                                        .getJsonObject("zh-CN"))
                                                .add(
                                                        "picture",
                                                        Json.createObjectBuilder()
                                                                .add("alt", "代表们在论坛上签署夏约宣言")
                                                                .add("caption", "夏约宣言签署现场"))))
                .build();
        String item = Editorial.created(Editorial.addItem(
                        DemoUser.EDITH, issue.getString("id"), rubric.getString("id"), "declaration", content))
                .getString("id");
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue.getString("id"), "send-to-translation", null));
        String exported = export(issue.getString("id"));
        Map<String, String> english = Map.of(
                "item:" + item + ":picture.alt", "Delegates signing the Chaillot Declaration at the forum",
                "item:" + item + ":picture.caption", "The signing of the Chaillot Declaration");

        ThroughOkapi.Translated translated = ThroughOkapi.translate(
                exported,
                unit -> Optional.ofNullable(english.get(unit)).map(text -> new ThroughOkapi.Translation(text, false)));

        assertAll(
                () -> assertTrue(
                        Pattern.compile(
                                        "<unit id=\"item:" + item + ":picture\\.alt\"(?:(?!</unit>).)*"
                                                + "<source xml:space=\"preserve\">代表们在论坛上签署夏约宣言</source>",
                                        Pattern.DOTALL)
                                .matcher(exported)
                                .find(),
                        exported),
                () -> assertTrue(exported.contains(":picture.caption\""), exported),
                () -> assertTrue(!exported.contains(media), "the picture itself is shared, not exported"),
                () -> assertEquals(List.of(), XliffSchemas.violationsOf21(exported), exported));
        Api.Reply reply = Api.as(DemoUser.TOM)
                .send(
                        "PUT",
                        "/api/v1/issues/" + issue.getString("id") + "/translations/en/xliff",
                        HttpRequest.BodyPublishers.ofString(translated.xliff()),
                        XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, reply.json().getInt("applied"), reply::toString);
        JsonObject stored = Workflow.item(item).getJsonObject("content");
        assertEquals(
                Json.createObjectBuilder()
                        .add("alt", "Delegates signing the Chaillot Declaration at the forum")
                        .add("caption", "The signing of the Chaillot Declaration")
                        .build(),
                stored.getJsonObject("localized").getJsonObject("en").getJsonObject("picture"));
        assertEquals(
                media,
                stored.getJsonObject("shared").getJsonObject("picture").getString("media"),
                "the picture stays the shared one");
    }

    private static String enterWhole(JsonObject publication) {
        try {
            return SeedIssuesIT.enter(publication, 2021, 4, 6, SeedIssuesIT.ISSUE_2021_4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issue's items in reading order, as the management API answers them. */
    private static List<JsonObject> items(String issue) {
        List<JsonObject> items = new ArrayList<>();
        for (JsonObject rubric : Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + issue)
                .json()
                .getJsonArray("rubrics")
                .getValuesAs(JsonObject.class)) {
            items.addAll(rubric.getJsonArray("items").getValuesAs(JsonObject.class));
        }
        return items;
    }

    /** Each rubric's English title, by rubric id. */
    private static Map<String, String> rubricTitles(String issue) {
        Map<String, String> titles = new HashMap<>();
        for (JsonObject rubric : Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + issue)
                .json()
                .getJsonArray("rubrics")
                .getValuesAs(JsonObject.class)) {
            JsonObject title = rubric.getJsonObject("title");
            if (title != null && title.containsKey("en")) {
                titles.put(rubric.getString("id"), title.getString("en"));
            }
        }
        return titles;
    }

    /** The seed's English for a unit: the rubric's title, or the item's value at the unit's path. */
    private static Optional<ThroughOkapi.Translation> english(
            String unit, Entered entered, Set<String> rich, Map<String, String> rubricTitles) {
        String[] parts = unit.split(":", 3);
        if (parts[0].equals("rubric")) {
            return Optional.ofNullable(rubricTitles.get(parts[1]))
                    .map(title -> new ThroughOkapi.Translation(title, false));
        }
        String file = entered.samplesByItem().get(parts[1]);
        String[] steps = parts[2].split("\\.");
        JsonValue value =
                sample(file).getJsonObject("localized").getJsonObject("en").get(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = value instanceof JsonArray entries
                    ? entries.get(Integer.parseInt(steps[i]))
                    : value.asJsonObject().get(steps[i]);
        }
        if (!(value instanceof JsonString text)) {
            throw new AssertionError(unit + " (" + file + ") has no English in the seed");
        }
        return Optional.of(new ThroughOkapi.Translation(
                text.getString(), rich.contains(SeedIssuesIT.type(file) + "/" + steps[0])));
    }

    /** The rich-text fields of every section type, as {@code type/field}. */
    private static Set<String> richTextFields() {
        Set<String> rich = new HashSet<>();
        for (JsonObject type :
                Api.as(DemoUser.EDITH).get("/api/v1/section-types").jsonArray().getValuesAs(JsonObject.class)) {
            for (JsonObject field : type.getJsonArray("fields").getValuesAs(JsonObject.class)) {
                if (field.getString("kind").equals("rich-text")) {
                    rich.add(type.getString("id") + "/" + field.getString("name"));
                }
            }
        }
        return rich;
    }
}
