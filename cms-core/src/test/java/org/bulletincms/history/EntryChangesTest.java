package org.bulletincms.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.bulletincms.translation.SourceValues;
import org.junit.jupiter.api.Test;

class EntryChangesTest {

    private static final List<String> COMMITMENTS =
            List.of("实施路线图，以推动循环经济", "采用恰当的可持续公共采购标准", "推广生态标签和标准", "加强供应链的透明度", "推广生态标签和标准");

    private static JsonArray texts(List<String> entries) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        entries.forEach(list::add);
        return list.build();
    }

    /** Each change as {@code path: runs}, a run as {@code =same}, {@code -removed} or {@code +added}. */
    private static List<String> shown(Optional<EntryChanges> changes) {
        return changes.orElseThrow().entries().stream()
                .map(entry -> entry.path() + ": "
                        + String.join(
                                "",
                                entry.changes().segments().stream()
                                        .map(run -> switch (run.kind()) {
                                            case SAME -> "=" + run.text();
                                            case REMOVED -> "-" + run.text();
                                            case ADDED -> "+" + run.text();
                                        })
                                        .toList()))
                .toList();
    }

    private static Optional<EntryChanges> between(JsonValue before, JsonValue after) {
        return EntryChanges.betweenValues(Optional.ofNullable(before), Optional.ofNullable(after));
    }

    @Test
    void aCommitmentRemovedInTheMiddleIsThatOneEntryRemovedNotEveryLaterEntryChanged() {
        List<String> fixed = List.of(COMMITMENTS.get(0), COMMITMENTS.get(1), COMMITMENTS.get(3), COMMITMENTS.get(4));

        assertEquals(List.of("2: -推广生态标签和标准"), shown(between(texts(COMMITMENTS), texts(fixed))));
    }

    @Test
    void aRewordedCommitmentShowsTheCharactersThatChangedAtItsPlace() {
        List<String> reworded = List.of(
                COMMITMENTS.get(0), "采用适当的可持续公共采购标准", COMMITMENTS.get(2), COMMITMENTS.get(3), COMMITMENTS.get(4));

        assertEquals(List.of("1: =采用-恰+适=当的可持续公共采购标准"), shown(between(texts(COMMITMENTS), texts(reworded))));
    }

    @Test
    void anEntryAddedAndAnotherReplacedAreShownAtTheirPlacesInTheNewList() {
        assertEquals(
                List.of("1: +Paris", "2: =Lyon -city+metropolis"),
                shown(between(
                        texts(List.of("Geneva", "Lyon city", "Rome")),
                        texts(List.of("Geneva", "Paris", "Lyon metropolis", "Rome")))));
    }

    @Test
    void aPersonsNewOrganisationIsThatMemberOnlyAndAPersonAddedIsEachOfTheirMembers() {
        JsonArray before = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("name", "Robert Opp")
                        .add("title", "Chief Digital Officer")
                        .add("organisation", "UNDP")
                        .add("role", "speaker"))
                .add(Json.createObjectBuilder()
                        .add("name", "Liu Hong")
                        .add("organisation", "中国环境科学研究院")
                        .add("role", "moderator"))
                .build();
        JsonArray after = Json.createArrayBuilder()
                .add(before.get(0))
                .add(Json.createObjectBuilder()
                        .add("name", "Liu Hong")
                        .add("organisation", "中国环境科学研究院环境标志中心")
                        .add("role", "moderator"))
                .add(Json.createObjectBuilder().add("title", "Director").add("role", "speaker"))
                .build();

        assertEquals(
                List.of("1.organisation: =中国环境科学研究院+环境标志中心", "2.title: +Director", "2.role: +speaker"),
                shown(between(before, after)));
    }

    @Test
    void aKeyFiguresNumberAndLabelAreComparedByTheirWrittenForm() {
        JsonArray before = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("value", 5000)
                        .add("unit", "+")
                        .add("label", "organisations"))
                .add(Json.createObjectBuilder().add("value", 70).add("label", "countries"))
                .build();
        JsonArray after = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("value", 6000)
                        .add("unit", "+")
                        .add("label", "organisations"))
                .add(Json.createObjectBuilder().add("value", 70).add("label", "countries and regions"))
                .build();

        assertEquals(List.of("0.value: -5000+6000", "1.label: =countries+ and regions"), shown(between(before, after)));
    }

    @Test
    void aPicturesWordsAreComparedMemberByMember() {
        assertEquals(
                List.of("alt: =Logo of TCO+ Certified"),
                shown(between(
                        Json.createObjectBuilder()
                                .add("alt", "Logo of TCO")
                                .add("caption", "2021")
                                .build(),
                        Json.createObjectBuilder()
                                .add("alt", "Logo of TCO Certified")
                                .add("caption", "2021")
                                .build())));
    }

    @Test
    void aListThatWasEmptyShowsEachEntryAddedAndTextsAndNumbersHaveNoEntryChanges() {
        assertEquals(List.of("0: +马来西亚", "1: +美国"), shown(between(null, texts(List.of("马来西亚", "美国")))));
        assertEquals(Optional.empty(), between(Json.createValue("a"), Json.createValue("b")));
        assertEquals(Optional.empty(), between(Json.createValue(3), Json.createValue(4)));
        assertEquals(Optional.empty(), between(Json.createValue("a"), texts(List.of("a"))));
    }

    @Test
    void anOutdatedTranslationsSourceChangeOfAListHasEntryChangesAndNoTextChanges() {
        SourceValues then = SourceValues.of(Json.createObjectBuilder()
                .add("title", "夏乐宫宣言")
                .add("commitments", texts(COMMITMENTS))
                .build());
        SourceValues now = SourceValues.of(Json.createObjectBuilder()
                .add("title", "夏乐宫宣言")
                .add("commitments", texts(COMMITMENTS.subList(0, 4)))
                .build());

        SourceValues.SourceChange change = now.changesSince(then).get(0);

        assertEquals("commitments", change.field());
        assertEquals(Optional.empty(), change.textChanges());
        assertEquals(List.of("4: -推广生态标签和标准"), shown(change.entryChanges()));
    }

    @Test
    void aChangedListFieldOfARevisionHasEntryChangesAndAChangedTextHasNone() {
        FieldChange list = new FieldChange(
                "/localized/zh-CN/countries",
                FieldChange.Kind.CHANGED,
                Optional.of(texts(List.of("马来西亚", "美国"))),
                Optional.of(texts(List.of("马来西亚", "美利坚"))));
        FieldChange title = new FieldChange(
                "/localized/zh-CN/title",
                FieldChange.Kind.CHANGED,
                Optional.of(Json.createValue("a")),
                Optional.of(Json.createValue("b")));

        assertEquals(List.of("1: =美-国+利坚"), shown(list.entryChanges()));
        assertEquals(Optional.empty(), title.entryChanges());
    }
}
