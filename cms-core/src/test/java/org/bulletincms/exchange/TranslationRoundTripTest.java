package org.bulletincms.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.bulletincms.exchange.ImportReport.Outcome;
import org.bulletincms.exchange.ImportReport.UnitOutcome;
import org.bulletincms.history.TextChanges;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/**
 * An issue exported, translated as a CAT tool would (targets with the source's codes), read back and planned:
 * rich text keeps its markup, and each way a unit can go wrong has its outcome. Nothing here needs a server: the
 * plan decides, the service only writes what it decided.
 */
class TranslationRoundTripTest {

    private static final Instant NOW = Instant.parse("2024-07-01T08:00:00Z");

    /** A small section type: plain and rich text, a translatable list, a shared address. */
    record Story() implements SectionType {
        @Override
        public String id() {
            return "story";
        }

        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public LocalizedText label() {
            return LocalizedText.of("报道", "Story");
        }

        @Override
        public LocalizedText help() {
            return LocalizedText.of("报道。", "A story.");
        }

        @Override
        public List<FieldSpec> fields() {
            return List.of(
                    FieldSpec.plainText("title").translatable().max(40).label("标题", "Title"),
                    FieldSpec.richText("body").translatable().label("正文", "Body"),
                    FieldSpec.textList("partners").translatable().label("伙伴", "Partners"),
                    FieldSpec.url("link").label("链接", "Link"));
        }
    }

    private static final Function<String, Optional<SectionType>> TYPES =
            id -> id.equals("story") ? Optional.of(new Story()) : Optional.empty();

    private final Issue issue = Issue.draft(
            UUID.randomUUID(),
            new IssueNumber(2024, 2, 16),
            TextByLocale.empty(),
            TextByLocale.empty(),
            Optional.empty(),
            "edith",
            NOW);
    private final Rubric rubric =
            issue.addRubric(TextByLocale.of(Map.of(LocaleTag.of("zh-CN"), "同一个地球网络最新进展")), "edith", NOW);
    private final Item item = issue.addItem(
            rubric.id(), draft("首届论坛", "<p>日前，<strong>联合国</strong>发布了报告。</p>", "[\"马来西亚\",\"美国\"]"), "edith", NOW);

    private static ItemDraft draft(String title, String body, String partners) {
        return new ItemDraft(
                "story",
                1,
                "{\"shared\":{\"link\":\"https://www.oneplanetnetwork.org/\"},\"localized\":{\"zh-CN\":{\"title\":\""
                        + title + "\",\"body\":\"" + body + "\",\"partners\":" + partners + "}}}");
    }

    private ExchangeFile exported() {
        return new ExchangeFile(
                issue.id(), "zh-CN", "en", new IssueTexts("zh-CN", "en", TYPES, Map.of(), false).of(issue));
    }

    private static String xml(ExchangeFile file, XliffVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XliffWriter(version).write(file, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The file a translator sends back: each unit's target given, with the source's codes. */
    private static ExchangeFile translated(ExchangeFile file, Map<String, InlineText> targets) {
        return new ExchangeFile(
                file.issue(),
                file.sourceLocale(),
                file.targetLocale(),
                file.units().stream()
                        .map(unit -> new ExchangeUnit(
                                unit.id(),
                                unit.source(),
                                Optional.ofNullable(targets.get(
                                        unit.id().owner() == UnitId.Owner.RUBRIC
                                                ? "rubric:title"
                                                : unit.id().path())),
                                ExchangeUnit.TargetState.TRANSLATED,
                                unit.context(),
                                unit.fingerprint()))
                        .toList());
    }

    private ImportPlan.Result imported(String xml) {
        ReceivedFile file =
                new XliffReader(1 << 20).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return new ImportPlan(
                        issue,
                        "zh-CN",
                        "en",
                        TYPES,
                        new ItemContentCheck(new RichTextSanitizer()),
                        Set.of("zh-CN", "en"),
                        false)
                .plan(file);
    }

    private static final Map<String, InlineText> ENGLISH = Map.of(
            "title", InlineText.plain("First forum"),
            "body",
                    new InlineText(List.of(
                            new InlineText.Start("1", ""),
                            new InlineText.Text("Recently the "),
                            new InlineText.Start("2", ""),
                            new InlineText.Text("UN"),
                            new InlineText.End("2", ""),
                            new InlineText.Text(" published a report."),
                            new InlineText.End("1", ""))),
            "partners.0", InlineText.plain("Malaysia"),
            "partners.1", InlineText.plain("United States"));

    @Test
    void theExportHasOneUnitPerTranslatableTextInReadingOrderAndNoSharedField() {
        List<String> paths =
                exported().units().stream().map(unit -> unit.id().value()).toList();

        assertEquals(
                List.of(
                        "rubric:" + rubric.id() + ":title",
                        "item:" + item.id() + ":title",
                        "item:" + item.id() + ":body",
                        "item:" + item.id() + ":partners.0",
                        "item:" + item.id() + ":partners.1"),
                paths);
    }

    @Test
    void xliff21CarriesCodesFingerprintAndNotesAndTheTranslationComesBackWithItsMarkup() {
        String xml = xml(translated(exported(), ENGLISH), XliffVersion.V2_1);

        ImportPlan.Result result = imported(xml);

        assertAll(
                () -> assertTrue(xml.contains("<pc id=\"1\" dataRefStart=\"s1\" dataRefEnd=\"e1\">"), xml),
                () -> assertTrue(xml.contains("<data id=\"s2\">&lt;strong"), xml),
                () -> assertTrue(xml.contains("<mda:meta type=\"source-fingerprint\">"), xml),
                () -> assertTrue(xml.contains("<note category=\"field\">Body</note>"), xml),
                () -> assertTrue(xml.contains("<note category=\"max-length\">40</note>"), xml),
                () -> assertTrue(!xml.contains("oneplanetnetwork"), "the shared address is not exported"));
        JsonObject english = result.items().get(item.id());
        assertEquals("First forum", english.getString("title"));
        assertEquals("<p>Recently the <strong>UN</strong> published a report.</p>", english.getString("body"));
        assertEquals(
                List.of("Malaysia", "United States"),
                english.getJsonArray("partners").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(
                List.of(Outcome.UNCHANGED, Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED),
                result.outcomes().stream().map(UnitOutcome::outcome).toList());
    }

    @Test
    void xliff12CarriesTheSameThroughGroupsAndPlaceholders() {
        String xml = xml(translated(exported(), ENGLISH), XliffVersion.V1_2);

        ImportPlan.Result result = imported(xml);

        assertTrue(xml.contains("<g id=\"1\" ctype=\"x-html-p\">"), xml);
        assertTrue(xml.contains("context-type=\"x-source-fingerprint\""), xml);
        assertEquals(
                "<p>Recently the <strong>UN</strong> published a report.</p>",
                result.items().get(item.id()).getString("body"));
    }

    @Test
    void aUnitWhoseSourceChangedSinceTheExportIsOutdatedAndItsItemIsNotWritten() {
        String xml = xml(translated(exported(), ENGLISH), XliffVersion.V2_1);
        issue.reviseItem(
                item.id(), draft("首届论坛", "<p>日前，<strong>联合国</strong>发布了四个报告。</p>", "[\"马来西亚\",\"美国\"]"), "edith", NOW);

        ImportPlan.Result result = imported(xml);

        UnitOutcome body = result.outcomes().get(2);
        assertEquals(Outcome.OUTDATED, body.outcome());
        assertEquals(Optional.of("日前，联合国发布了报告。"), body.sourceThen());
        assertEquals(Optional.of("日前，联合国发布了四个报告。"), body.sourceNow());
        assertEquals(Outcome.REFUSED, result.outcomes().get(1).outcome());
        assertEquals(
                "xliff.item-held",
                result.outcomes().get(1).reasons().get(0).violation().messageKey());
        assertTrue(result.items().isEmpty(), "nothing of the item is written");
    }

    @Test
    void anOutdatedListEntryShowsTheCharactersThatChangedInThatEntryAlone() {
        String xml = xml(translated(exported(), ENGLISH), XliffVersion.V2_1);
        issue.reviseItem(
                item.id(), draft("首届论坛", "<p>日前，<strong>联合国</strong>发布了报告。</p>", "[\"马来西亚\",\"美利坚\"]"), "edith", NOW);

        ImportPlan.Result result = imported(xml);

        UnitOutcome partner = result.outcomes().stream()
                .filter(unit -> unit.unit().endsWith(":partners.1"))
                .findFirst()
                .orElseThrow();
        assertEquals(Outcome.OUTDATED, partner.outcome());
        assertEquals(
                List.of(
                        new TextChanges.Segment(TextChanges.Kind.SAME, "美"),
                        new TextChanges.Segment(TextChanges.Kind.REMOVED, "国"),
                        new TextChanges.Segment(TextChanges.Kind.ADDED, "利坚")),
                partner.sourceChanges().orElseThrow().segments());
        assertEquals(
                Outcome.REFUSED,
                result.outcomes().stream()
                        .filter(unit -> unit.unit().endsWith(":partners.0"))
                        .findFirst()
                        .orElseThrow()
                        .outcome(),
                "held with its item");
    }

    @Test
    void unbalancedOrForeignCodesATooLongTitleAndASharedFieldAreRefusedUnitByUnit() {
        String unit = "item:" + item.id();
        String fingerprint = IssueTexts.fingerprint("<p>日前，<strong>联合国</strong>发布了报告。</p>");
        String xml = "<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""
                + " xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" version=\"2.1\" srcLang=\"zh-CN\""
                + " trgLang=\"en\"><file id=\"f\" original=\"" + ExchangeFile.original(issue.id()) + "\">"
                + "<unit id=\"" + unit + ":body\"><mda:metadata><mda:metaGroup><mda:meta type=\"source-fingerprint\">"
                + fingerprint + "</mda:meta></mda:metaGroup></mda:metadata><segment><source>x</source>"
                + "<target><pc id=\"1\">Recently <sc id=\"2\"/>UN</pc></target></segment></unit>"
                + "<unit id=\"" + unit + ":title\"><segment><source>首届论坛</source><target>"
                + "A first forum whose English title is far too long</target></segment></unit>"
                + "<unit id=\"" + unit + ":partners.0\"><segment><source>马来西亚</source><target><ph id=\"7\"/>"
                + "Malaysia</target></segment></unit>"
                + "<unit id=\"" + unit + ":link\"><segment><source>x</source><target>https://evil.example/"
                + "</target></segment></unit>"
                + "<unit id=\"item:" + UUID.randomUUID() + ":title\"><segment><source>x</source><target>y</target>"
                + "</segment></unit></file></xliff>";

        List<UnitOutcome> outcomes = imported(xml).outcomes();

        assertEquals(
                List.of(
                        "xliff.codes-unbalanced",
                        "field.too-long",
                        "xliff.codes-mismatch",
                        "field.shared-read-only",
                        "xliff.unit-unknown"),
                outcomes.stream()
                        .map(outcome -> outcome.reasons().get(0).violation().messageKey())
                        .toList());
        assertTrue(outcomes.stream().allMatch(outcome -> outcome.outcome() == Outcome.REFUSED));
    }

    @Test
    void unitsOfAnItemWrittenOnceAreRefusedAndNothingOfItIsWritten() {
        String file = xml(translated(exported(), ENGLISH), XliffVersion.V2_1);
        issue.reviseItem(
                item.id(),
                new ItemDraft(
                        "story",
                        1,
                        Json.createObjectBuilder(item.content())
                                .add("sameInEveryLocale", "zh-CN")
                                .build()
                                .toString()),
                "edith",
                NOW);

        ImportPlan.Result plan = imported(file);

        assertTrue(plan.items().isEmpty(), plan::toString);
        List<UnitOutcome> ofTheItem = plan.outcomes().stream()
                .filter(outcome -> outcome.unit().startsWith("item:"))
                .toList();
        assertFalse(ofTheItem.isEmpty(), plan::toString);
        assertTrue(ofTheItem.stream()
                .allMatch(outcome -> outcome.outcome() == Outcome.REFUSED
                        && outcome.reasons().get(0).violation().messageKey().equals("xliff.unit-written-once")
                        && outcome.reasons()
                                .get(0)
                                .violation()
                                .arguments()
                                .get("locale")
                                .equals("zh-CN")));
    }

    @Test
    void aTranslationThatIsAlreadyTheItemsIsUnchangedAndNothingIsWritten() {
        String once = xml(translated(exported(), ENGLISH), XliffVersion.V2_1);
        JsonObject english = imported(once).items().get(item.id());
        issue.reviseItem(
                item.id(),
                new ItemDraft(
                        "story",
                        1,
                        Json.createObjectBuilder(item.content())
                                .add(
                                        "localized",
                                        Json.createObjectBuilder(item.content().getJsonObject("localized"))
                                                .add("en", english))
                                .build()
                                .toString()),
                "edith",
                NOW);

        ImportPlan.Result again = imported(xml(exported(), XliffVersion.V2_1));

        assertTrue(again.items().isEmpty());
        assertTrue(again.outcomes().stream().allMatch(outcome -> outcome.outcome() == Outcome.UNCHANGED));
        assertEquals(
                ExchangeUnit.TargetState.TRANSLATED, exported().units().get(2).state());
    }

    @Test
    void matchesFromTheMemoryAreOfferedBesideTheTargetAndNeverReadAsIt() {
        ExchangeFile file = exported();
        MemoryMatch earlier = new MemoryMatch(
                UUID.randomUUID(),
                MemoryMatch.EXACT,
                InlineText.plain("同一个地球网络最新进展"),
                InlineText.plain("One Planet Network updates"),
                Optional.of(UUID.randomUUID()),
                "rubric:" + UUID.randomUUID() + ":title");
        MemoryMatch near = new MemoryMatch(
                UUID.randomUUID(),
                82,
                InlineText.plain("同一个地球网络进展"),
                InlineText.plain("One Planet Network progress"),
                Optional.of(UUID.randomUUID()),
                "rubric:" + UUID.randomUUID() + ":title");
        ExchangeFile offered = new ExchangeFile(
                file.issue(),
                file.sourceLocale(),
                file.targetLocale(),
                file.units().stream()
                        .map(unit -> unit.id().owner() == UnitId.Owner.RUBRIC
                                ? unit.withMatches(List.of(earlier, near), List.of())
                                : unit)
                        .toList());

        String two = xml(offered, XliffVersion.V2_1);
        String twelve = xml(offered, XliffVersion.V1_2);

        assertTrue(two.contains("<mtc:match ref=\"#seg\" type=\"tm\" matchQuality=\"100\""), two);
        assertTrue(two.contains("<target>One Planet Network updates</target>"), two);
        assertTrue(twelve.contains("<alt-trans match-quality=\"100\""), twelve);
        assertTrue(two.contains("matchQuality=\"82\" similarity=\"82\""), two);
        assertTrue(twelve.contains("<alt-trans match-quality=\"82\""), twelve);
        for (String xml : List.of(two, twelve)) {
            ReceivedFile.ReceivedUnit rubricUnit = new XliffReader(1 << 20)
                    .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .units()
                    .get(0);
            assertTrue(rubricUnit.target().isEmpty(), "a match is not the unit's target");
            assertEquals("同一个地球网络最新进展", rubricUnit.source().words());
        }
    }

    @Test
    void aParagraphsMatchesGoBesideTheUnitPointingAtTheParagraph() {
        ExchangeUnit body = exported().units().stream()
                .filter(unit -> unit.id().path().equals("body"))
                .findFirst()
                .orElseThrow();
        InlineText twoParagraphs = InlineText.fromHtml("<p>日前，<strong>联合国</strong>发布了报告。</p><p>报告共有四个特点。</p>");
        InlineText second = twoParagraphs.paragraphs().get(1);
        MemoryMatch near = new MemoryMatch(
                UUID.randomUUID(),
                75,
                InlineText.fromHtml("<p>报告共有4个特点。</p>"),
                InlineText.fromHtml("<p>The report has 4 features.</p>"),
                Optional.of(UUID.randomUUID()),
                "item:" + UUID.randomUUID() + ":body#2");
        ExchangeUnit offered = new ExchangeUnit(
                        body.id(),
                        twoParagraphs,
                        Optional.empty(),
                        ExchangeUnit.TargetState.INITIAL,
                        body.context(),
                        body.fingerprint())
                .withMatches(List.of(), List.of(new ParagraphMatches(2, second, List.of(near))));
        ExchangeFile file = new ExchangeFile(issue.id(), "zh-CN", "en", List.of(offered));

        String two = xml(file, XliffVersion.V2_1);
        String twelve = xml(file, XliffVersion.V1_2);

        // the source's codes: 1 the first <p>, 2 its <strong>, 3 the second <p>
        assertTrue(two.contains("<mtc:match ref=\"#3\" type=\"tm\" matchQuality=\"75\" similarity=\"75\""), two);
        assertTrue(two.contains("<target><pc id=\"1\">The report has 4 features.</pc></target>"), two);
        assertTrue(twelve.contains("<alt-trans match-quality=\"75\""), twelve);
        assertTrue(twelve.contains("<note from=\"paragraph\">2</note></alt-trans>"), twelve);
        for (String xml : List.of(two, twelve)) {
            ReceivedFile.ReceivedUnit read = new XliffReader(1 << 20)
                    .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .units()
                    .get(0);
            assertTrue(read.target().isEmpty(), "a paragraph's match is not the unit's target");
            assertEquals(twoParagraphs.words(), read.source().words());
        }
    }

    @Test
    void aRubricTitleIsForEditorsToApply() {
        ImportPlan.Result result = imported(xml(
                translated(
                        exported(),
                        Map.of(
                                "rubric:title",
                                InlineText.plain("One Planet Network updates"),
                                "title",
                                InlineText.plain("First forum"))),
                XliffVersion.V2_1));

        assertEquals(Outcome.REFUSED, result.outcomes().get(0).outcome());
        assertEquals(
                "xliff.rubric-editors-only",
                result.outcomes().get(0).reasons().get(0).violation().messageKey());
        assertEquals(Outcome.APPLIED, result.outcomes().get(1).outcome(), "the item's title is the item's");
    }
}
