package org.bulletincms.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A picture's words (issue 17): the alt text and caption of an image field, and the alt text of each picture of an
 * image list, are units of the XLIFF export in reading order, named by the field's path ({@code picture.alt},
 * {@code logos.1.alt}); the picture itself (media, focal point, credit) is shared and never exported; a translated
 * file writes the words into the item's target locale as the translation form does.
 */
class PictureWordsExchangeTest {

    private static final Instant NOW = Instant.parse("2024-07-01T08:00:00Z");
    private static final String PICTURE = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
    private static final String LOGO_A = "0b5c8a6e-2f3d-4c1a-9e7b-5d4f3a2b1c0d";
    private static final String LOGO_B = "1c6d9b7f-3a4e-4d2b-8f8c-6e5a4b3c2d1e";

    /** A section type with a title, one picture and a row of logos. */
    record Declaration() implements SectionType {
        @Override
        public String id() {
            return "declaration";
        }

        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public LocalizedText label() {
            return LocalizedText.of("宣言", "Declaration");
        }

        @Override
        public LocalizedText help() {
            return LocalizedText.of("宣言。", "A declaration.");
        }

        @Override
        public List<FieldSpec> fields() {
            return List.of(
                    FieldSpec.plainText("title").translatable().label("标题", "Title"),
                    FieldSpec.image("picture").label("图片", "Picture"),
                    FieldSpec.images("logos").label("标志", "Logos"));
        }
    }

    private static final Function<String, Optional<SectionType>> TYPES =
            id -> id.equals("declaration") ? Optional.of(new Declaration()) : Optional.empty();

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
            rubric.id(),
            new ItemDraft(
                    "declaration",
                    1,
                    "{\"shared\":{\"picture\":{\"media\":\"" + PICTURE + "\",\"credit\":\"One Planet network\"},"
                            + "\"logos\":[{\"media\":\"" + LOGO_A + "\"},{\"media\":\"" + LOGO_B + "\"}]},"
                            + "\"localized\":{\"zh-CN\":{\"title\":\"夏约宣言\","
                            + "\"picture\":{\"alt\":\"代表们签署宣言\",\"caption\":\"签署仪式\"},"
                            + "\"logos\":[{\"alt\":\"联合国环境规划署标志\"},{\"alt\":\"同一个地球网络标志\"}]}}}"),
            "edith",
            NOW);

    private ExchangeFile exported() {
        return new ExchangeFile(
                issue.id(), "zh-CN", "en", new IssueTexts("zh-CN", "en", TYPES, Map.of(), false).of(issue));
    }

    private static final Map<String, String> ENGLISH = Map.of(
            "title", "Chaillot Declaration",
            "picture.alt", "Delegates signing the declaration",
            "picture.caption", "The signing",
            "logos.0.alt", "UNEP logo",
            "logos.1.alt", "One Planet network logo");

    /** The export with each item unit's target given, as a CAT tool writes it back. */
    private static String translated(ExchangeFile file) {
        ExchangeFile withTargets = new ExchangeFile(
                file.issue(),
                file.sourceLocale(),
                file.targetLocale(),
                file.units().stream()
                        .map(unit -> new ExchangeUnit(
                                unit.id(),
                                unit.source(),
                                Optional.ofNullable(ENGLISH.get(unit.id().path()))
                                        .filter(text -> unit.id().owner() == UnitId.Owner.ITEM)
                                        .map(InlineText::plain),
                                ExchangeUnit.TargetState.TRANSLATED,
                                unit.context(),
                                unit.fingerprint()))
                        .toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XliffWriter(XliffVersion.V2_1).write(withTargets, out);
        return out.toString(StandardCharsets.UTF_8);
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

    @Test
    void aPicturesAltTextAndCaptionAreUnitsInReadingOrderAndThePictureItselfIsNot() {
        ExchangeFile file = exported();
        String xml = translated(file);

        assertEquals(
                List.of(
                        "rubric:" + rubric.id() + ":title",
                        "item:" + item.id() + ":title",
                        "item:" + item.id() + ":picture.alt",
                        "item:" + item.id() + ":picture.caption",
                        "item:" + item.id() + ":logos.0.alt",
                        "item:" + item.id() + ":logos.1.alt"),
                file.units().stream().map(unit -> unit.id().value()).toList());
        assertAll(
                () -> assertTrue(xml.contains("<source xml:space=\"preserve\">代表们签署宣言</source>"), xml),
                () -> assertTrue(xml.contains("<note category=\"field\">Picture</note>"), xml),
                () -> assertTrue(!xml.contains(PICTURE), "the picture's id is shared, not a unit: " + xml),
                () -> assertTrue(!xml.contains("One Planet network<"), "nor its credit: " + xml));
    }

    @Test
    void aTranslatedFileWritesThePicturesWordsIntoTheTargetLocaleAndLeavesThePictureShared() {
        ImportPlan.Result result = imported(translated(exported()));

        assertEquals(
                List.of(
                        Outcome.UNCHANGED,
                        Outcome.APPLIED,
                        Outcome.APPLIED,
                        Outcome.APPLIED,
                        Outcome.APPLIED,
                        Outcome.APPLIED),
                result.outcomes().stream().map(UnitOutcome::outcome).toList(),
                result.outcomes()::toString);
        JsonObject english = result.items().get(item.id());
        assertEquals(
                Json.createObjectBuilder()
                        .add("alt", "Delegates signing the declaration")
                        .add("caption", "The signing")
                        .build(),
                english.getJsonObject("picture"));
        assertEquals(
                List.of("UNEP logo", "One Planet network logo"),
                english.getJsonArray("logos").getValuesAs(JsonObject.class).stream()
                        .map(logo -> logo.getString("alt"))
                        .toList());
    }

    @Test
    void anAltTextOverThePicturesLimitIsRefusedWithTheFieldsOwnCheck() {
        String xml = translated(exported()).replace(">Delegates signing the declaration<", ">" + "x".repeat(501) + "<");

        ImportPlan.Result result = imported(xml);

        UnitOutcome alt = result.outcomes().get(2);
        assertEquals(Outcome.REFUSED, alt.outcome(), result.outcomes()::toString);
        assertTrue(result.items().isEmpty(), "nothing of the item is written");
    }
}
