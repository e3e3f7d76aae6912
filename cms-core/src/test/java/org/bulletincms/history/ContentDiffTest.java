package org.bulletincms.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentDiffTest {

    private static final JsonObject SUMMIT = json("""
            {"shared": {"sourceUrl": "https://www.oneplanetnetwork.org/"},
             "localized": {"zh-CN": {"title": "首届联合国食品系统峰会承诺重大行动", "body": "<p>正文</p>"},
                           "en": {"title": "First UN Food Systems Summit commits to major action", "body": "<p>Body</p>"}}}
            """);

    @Test
    void identicalContentHasNoChanges() {
        assertEquals(List.of(), ContentDiff.between(SUMMIT, SUMMIT));
    }

    @Test
    void aChangedTranslationIsNamedByItsPointerWithBeforeAndAfter() {
        JsonObject revised = json("""
                {"shared": {"sourceUrl": "https://www.oneplanetnetwork.org/"},
                 "localized": {"zh-CN": {"title": "首届联合国食品系统峰会承诺重大行动", "body": "<p>正文</p>"},
                               "en": {"title": "First UN Food Systems Summit", "body": "<p>Body</p>"}}}
                """);

        assertEquals(
                List.of(new FieldChange(
                        "/localized/en/title",
                        FieldChange.Kind.CHANGED,
                        Optional.of(Json.createValue("First UN Food Systems Summit commits to major action")),
                        Optional.of(Json.createValue("First UN Food Systems Summit")))),
                ContentDiff.between(SUMMIT, revised));
    }

    @Test
    void sharedFieldsAddedAndRemovedAreReportedWithTheOneValueTheyHave() {
        JsonObject revised = json("""
                {"shared": {"published": "2021-09-23"},
                 "localized": {"zh-CN": {"title": "首届联合国食品系统峰会承诺重大行动", "body": "<p>正文</p>"},
                               "en": {"title": "First UN Food Systems Summit commits to major action", "body": "<p>Body</p>"}}}
                """);

        assertEquals(
                List.of(
                        new FieldChange(
                                "/shared/sourceUrl",
                                FieldChange.Kind.REMOVED,
                                Optional.of(Json.createValue("https://www.oneplanetnetwork.org/")),
                                Optional.empty()),
                        new FieldChange(
                                "/shared/published",
                                FieldChange.Kind.ADDED,
                                Optional.empty(),
                                Optional.of(Json.createValue("2021-09-23")))),
                ContentDiff.between(SUMMIT, revised));
    }

    @Test
    void aNewTranslationListsEachOfItsFieldsAsAdded() {
        JsonObject chineseOnly = json("""
                {"shared": {}, "localized": {"zh-CN": {"title": "标题", "body": "<p>正文</p>"}}}""");
        JsonObject translated = json("""
                {"shared": {}, "localized": {"zh-CN": {"title": "标题", "body": "<p>正文</p>"},
                                             "en": {"title": "Title", "body": "<p>Body</p>"}}}""");

        assertEquals(
                List.of("/localized/en/title", "/localized/en/body"),
                ContentDiff.between(chineseOnly, translated).stream()
                        .map(FieldChange::pointer)
                        .toList());
        assertEquals(
                List.of(FieldChange.Kind.REMOVED, FieldChange.Kind.REMOVED),
                ContentDiff.between(translated, chineseOnly).stream()
                        .map(FieldChange::kind)
                        .toList());
    }

    @Test
    void nullBlankAndEmptyListsCountAsAbsent() {
        JsonObject empty = json("""
                {"shared": {"authors": []}, "localized": {"en": {"title": null}}}""");
        JsonObject blank = json("""
                {"shared": {}, "localized": {"en": {"title": "  "}}}""");

        assertEquals(List.of(), ContentDiff.between(empty, blank));
        assertEquals(
                List.of(FieldChange.Kind.REMOVED),
                ContentDiff.between(json("{\"localized\": {\"en\": {\"title\": \"Title\"}}}"), blank).stream()
                        .map(FieldChange::kind)
                        .toList());
    }

    @Test
    void aListIsComparedWholeAsOneField() {
        JsonObject one = json("{\"shared\": {\"people\": [{\"name\": \"王静\"}]}}");
        JsonObject two = json("{\"shared\": {\"people\": [{\"name\": \"王静\"}, {\"name\": \"Farid Yaker\"}]}}");

        List<FieldChange> changes = ContentDiff.between(one, two);

        assertEquals(1, changes.size());
        assertEquals("/shared/people", changes.get(0).pointer());
        assertEquals(
                two.getJsonObject("shared").get("people"),
                changes.get(0).after().orElseThrow());
    }

    @Test
    void fieldNamesAndLocalesAreEscapedInPointers() {
        JsonObject before = json("{\"shared\": {\"a/b\": \"1\", \"c~d\": \"1\"}}");
        JsonObject after = json("{\"shared\": {\"a/b\": \"2\", \"c~d\": \"2\"}}");

        assertEquals(
                List.of("/shared/a~1b", "/shared/c~0d"),
                ContentDiff.between(before, after).stream()
                        .map(FieldChange::pointer)
                        .toList());
    }

    @Test
    void damagedContentOutsideTheEnvelopeIsComparedWholeRatherThanFailing() {
        JsonObject damaged = json("{\"shared\": \"oops\", \"extra\": 1}");

        assertEquals(
                List.of("/shared", "/extra"),
                ContentDiff.between(SUMMIT, damaged).stream()
                        .map(FieldChange::pointer)
                        .filter(p -> !p.startsWith("/localized"))
                        .toList());
    }

    @Test
    void aChangeCarriesExactlyTheValuesItsKindImplies() {
        Optional<JsonValue> value = Optional.of(Json.createValue("x"));

        assertThrows(
                IllegalArgumentException.class,
                () -> new FieldChange("/shared/a", FieldChange.Kind.ADDED, value, value));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FieldChange("/shared/a", FieldChange.Kind.CHANGED, Optional.empty(), value));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
