package org.bulletincms.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.bulletincms.history.TextChanges.Kind;
import org.bulletincms.history.TextChanges.Segment;
import org.junit.jupiter.api.Test;

class TextChangesTest {

    /** Seed issue 2021 No. 4, the TCO Certified announcement's body, as stored (sanitised rich text). */
    private static final String TCO_BODY = "<p>瑞典TCO认证推出新一代认证计划促进实现信息技术产品的可持续采购。新一代TCO认证具有4个特点，"
            + "一是通过具有社会责任感的制造商提高供应链的透明度；二是促使化学品安全管理体系从产品终端扩展到生产环节；"
            + "三是运用可信任的可持续发展数据实现以绩效驱动采购决策方式；四是延长产品使用寿命减少电子垃圾，促进实现循环经济管理。</p>";

    private static Segment same(String text) {
        return new Segment(Kind.SAME, text);
    }

    private static Segment removed(String text) {
        return new Segment(Kind.REMOVED, text);
    }

    private static Segment added(String text) {
        return new Segment(Kind.ADDED, text);
    }

    private static List<Segment> changed(List<Segment> segments) {
        return segments.stream().filter(segment -> segment.kind() != Kind.SAME).toList();
    }

    @Test
    void aDigitWrittenAsAChineseNumeralInTheSeedParagraphIsOneRemovedAndOneAddedCharacter() {
        String fixed = TCO_BODY.replace("具有4个特点", "具有四个特点");
        String text = TextChanges.visibleText(TCO_BODY);
        assertTrue(text.codePointCount(0, text.length()) > 140, "the real paragraph, about 150 characters");

        TextChanges changes = TextChanges.betweenValues(
                        Optional.of(Json.createValue(TCO_BODY)), Optional.of(Json.createValue(fixed)))
                .orElseThrow();

        assertEquals(List.of(removed("4"), added("四")), changed(changes.segments()));
        assertEquals(4, changes.segments().size(), changes::toString);
        assertEquals(
                same("瑞典TCO认证推出新一代认证计划促进实现信息技术产品的可持续采购。新一代TCO认证具有"),
                changes.segments().get(0));
        assertTrue(changes.segments().get(3).text().startsWith("个特点，一是"), changes::toString);
    }

    @Test
    void anEnglishWordReplacedIsShownAsThatWordRemovedAndTheOtherAdded() {
        TextChanges changes = TextChanges.between(
                "First UN Food Systems Summit commits to major action",
                "First UN Food Systems Summit commits to decisive action");

        assertEquals(
                List.of(
                        same("First UN Food Systems Summit commits to "),
                        removed("major"),
                        added("decisive"),
                        same(" action")),
                changes.segments());
    }

    @Test
    void aRewordedTitleShowsWhatWasRemovedThenWhatWasAddedBetweenTheWordsKept() {
        TextChanges changes = TextChanges.between(
                "First UN Food Systems Summit commits to major action", "UN Food Systems Summit: major commitments");

        assertEquals(
                List.of(
                        removed("First "),
                        same("UN Food Systems Summit"),
                        removed(" commits to "),
                        added(": "),
                        same("major "),
                        removed("action"),
                        added("commitments")),
                changes.segments());
    }

    @Test
    void aWordAddedAndAWordRemovedKeepTheirSpacesAndPunctuationApart() {
        TextChanges changes = TextChanges.between(
                "Representatives of 70 countries signed, in Paris.", "Delegates of 70 countries signed in Paris.");

        assertEquals(
                List.of(
                        removed("Representatives"),
                        added("Delegates"),
                        same(" of 70 countries signed"),
                        removed(","),
                        same(" in Paris.")),
                changes.segments());
    }

    @Test
    void richTextIsComparedByItsVisibleTextSoMarkupAloneChangesNoWord() {
        Optional<TextChanges> markupOnly = TextChanges.betweenValues(
                Optional.of(Json.createValue("<p>Delegates of <strong>70</strong> countries</p>")),
                Optional.of(Json.createValue("<p>Delegates of 70 countries</p>")));
        Optional<TextChanges> words = TextChanges.betweenValues(
                Optional.of(
                        Json.createValue("<p>Delegates of <strong>70</strong> countries</p><p>Paris &amp; Lyon</p>")),
                Optional.of(
                        Json.createValue("<p>Delegates of <strong>72</strong> countries</p><p>Paris &amp; Nice</p>")));

        assertEquals(
                List.of(same("Delegates of 70 countries")),
                markupOnly.orElseThrow().segments());
        assertEquals(
                List.of(
                        same("Delegates of "),
                        removed("70"),
                        added("72"),
                        same(" countries Paris & "),
                        removed("Lyon"),
                        added("Nice")),
                words.orElseThrow().segments());
    }

    @Test
    void aPunctuationMarkOrSymbolIsATokenOfItsOwn() {
        assertEquals(
                List.of(same("a "), removed("<"), added(">"), same(" b")),
                TextChanges.between("a < b", "a > b").segments());
    }

    @Test
    void tokensAreWordsAndSpacesInAlphabeticScriptsAndSingleCharactersInChineseJapaneseAndKorean() {
        assertEquals(
                List.of(
                        "Café", " ", "2024", ",", "  ", "naïve", "-", "ish", " ", "四", "个", "特", "点", "，", "カ", "ナ",
                        "한", "글"),
                TextChanges.tokens("Café 2024,  naïve-ish 四个特点，カナ한글"));
        assertEquals(List.of("cafe\u0301", " ", "e\u0301"), TextChanges.tokens("cafe\u0301 e\u0301"));
        assertEquals(String.join("", TextChanges.tokens("具有4个特点。Summit’s")), "具有4个特点。Summit’s");
    }

    @Test
    void anAddedOrRemovedTextIsOneRunAndValuesThatAreNotTextsHaveNoTextChanges() {
        assertEquals(
                List.of(added("新增的标题")),
                TextChanges.betweenValues(Optional.empty(), Optional.of(Json.createValue("新增的标题")))
                        .orElseThrow()
                        .segments());
        assertEquals(
                Optional.empty(),
                TextChanges.betweenValues(
                        Optional.of(Json.createArrayBuilder().add("a").build()),
                        Optional.of(Json.createArrayBuilder().add("b").build())));
        assertEquals(
                Optional.empty(), TextChanges.betweenValues(Optional.of(Json.createValue(3)), Optional.of((JsonValue)
                        Json.createValue(4))));
    }

    @Test
    void textsLongerThanTheLimitAreShownAsOneRemovedAndOneAddedRun() {
        String old = "字".repeat(TextChanges.MAX_TOKENS + 1);
        String now = old + "。";

        assertEquals(
                List.of(removed(old), added(now)), TextChanges.between(old, now).segments());
    }

    @Test
    void aChangedTextFieldOfARevisionHasItsTextChangesAndAnAddedOneHasNone() {
        FieldChange title = new FieldChange(
                "/localized/zh-CN/title",
                FieldChange.Kind.CHANGED,
                Optional.of(Json.createValue("具有4个特点")),
                Optional.of(Json.createValue("具有四个特点")));
        FieldChange added = new FieldChange(
                "/localized/en/title", FieldChange.Kind.ADDED, Optional.empty(), Optional.of(Json.createValue("x")));

        assertEquals(
                List.of(same("具有"), removed("4"), added("四"), same("个特点")),
                title.textChanges().orElseThrow().segments());
        assertEquals(Optional.empty(), added.textChanges());
    }
}
