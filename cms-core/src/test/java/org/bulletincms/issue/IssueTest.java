package org.bulletincms.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.junit.jupiter.api.Test;

class IssueTest {

    private static final Instant NOW = Instant.parse("2024-07-01T08:00:00Z");
    private static final ItemDraft NEWS = new ItemDraft("news", 1, "{\"shared\":{},\"localized\":{}}");

    private final Issue issue = Issue.draft(
            UUID.randomUUID(),
            new IssueNumber(2024, 2, 16),
            TextByLocale.empty(),
            TextByLocale.empty(),
            Optional.empty(),
            "edith",
            NOW);

    @Test
    void rubricsKeepTheOrderTheyWereAddedIn() {
        Rubric network = issue.addRubric(title("同一个地球网络最新进展"), "edith", NOW);
        Rubric programme = issue.addRubric(title("可持续公共采购计划最新进展"), "edith", NOW);

        assertEquals(List.of(network, programme), issue.rubrics());
        assertEquals(
                List.of(0, 1), issue.rubrics().stream().map(Rubric::position).toList());
    }

    @Test
    void reorderingRubricsRenumbersThem() {
        Rubric a = issue.addRubric(title("甲"), "edith", NOW);
        Rubric b = issue.addRubric(title("乙"), "edith", NOW);
        Rubric c = issue.addRubric(title("丙"), "edith", NOW);

        issue.reorderRubrics(List.of(c.id(), a.id(), b.id()), "edith", NOW);

        assertEquals(List.of(c, a, b), issue.rubrics());
        assertEquals(
                List.of(0, 1, 2), issue.rubrics().stream().map(Rubric::position).toList());
    }

    @Test
    void aRubricOrderMustNameEveryRubricExactlyOnce() {
        Rubric a = issue.addRubric(title("甲"), "edith", NOW);
        Rubric b = issue.addRubric(title("乙"), "edith", NOW);

        assertThrows(InvalidOrder.class, () -> issue.reorderRubrics(List.of(a.id()), "edith", NOW));
        assertThrows(InvalidOrder.class, () -> issue.reorderRubrics(List.of(a.id(), a.id()), "edith", NOW));
        assertThrows(InvalidOrder.class, () -> issue.reorderRubrics(List.of(a.id(), UUID.randomUUID()), "edith", NOW));
        assertEquals(List.of(a, b), issue.rubrics(), "a refused order changes nothing");
    }

    @Test
    void itemsMoveBetweenRubricsWhenTheTargetRubricIsArranged() {
        Rubric a = issue.addRubric(title("甲"), "edith", NOW);
        Rubric b = issue.addRubric(title("乙"), "edith", NOW);
        Item first = issue.addItem(a.id(), NEWS, "edith", NOW);
        Item second = issue.addItem(a.id(), NEWS, "edith", NOW);
        Item third = issue.addItem(b.id(), NEWS, "edith", NOW);

        issue.arrangeRubric(b.id(), List.of(second.id(), third.id()), "edith", NOW);

        assertEquals(List.of(first), a.items());
        assertEquals(List.of(second, third), b.items());
        assertEquals(b, second.rubric());
        assertEquals(List.of(0, 1), b.items().stream().map(Item::position).toList());
        assertEquals(0, first.position());
    }

    @Test
    void arrangingARubricCannotDropOneOfItsItems() {
        Rubric a = issue.addRubric(title("甲"), "edith", NOW);
        Item first = issue.addItem(a.id(), NEWS, "edith", NOW);
        Item second = issue.addItem(a.id(), NEWS, "edith", NOW);

        assertThrows(InvalidOrder.class, () -> issue.arrangeRubric(a.id(), List.of(second.id()), "edith", NOW));
        assertEquals(List.of(first, second), a.items());
    }

    @Test
    void aRubricWithItemsCannotBeRemoved() {
        Rubric a = issue.addRubric(title("甲"), "edith", NOW);
        issue.addItem(a.id(), NEWS, "edith", NOW);

        RubricNotEmpty refused = assertThrows(RubricNotEmpty.class, () -> issue.removeRubric(a.id(), "edith", NOW));
        assertEquals(1, refused.items());
        assertEquals(List.of(a), issue.rubrics());
    }

    @Test
    void removingAnItemClosesTheGap() {
        Rubric a = issue.addRubric(title("甲"), "edith", NOW);
        Item first = issue.addItem(a.id(), NEWS, "edith", NOW);
        Item second = issue.addItem(a.id(), NEWS, "edith", NOW);

        issue.removeItem(first.id(), "edith", NOW);

        assertEquals(List.of(second), a.items());
        assertEquals(0, second.position());
    }

    @Test
    void anItemKeepsItsSectionType() {
        Rubric a = issue.addRubric(title("甲"), "edith", NOW);
        Item item = issue.addItem(a.id(), NEWS, "edith", NOW);

        assertThrows(
                IllegalArgumentException.class,
                () -> issue.reviseItem(item.id(), new ItemDraft("event", 1, "{}"), "tom", NOW));
    }

    @Test
    void issueNumbersReadAsOnTheCover() {
        IssueNumber number = new IssueNumber(2024, 2, 16);

        assertEquals("2024年第2期", number.chineseLabel());
        assertEquals("总第16期", number.chineseCumulativeLabel());
        assertEquals("2024 No. 2", number.englishLabel());
    }

    @Test
    void numberingGapsListMissingNumbers() {
        NumberingGaps gaps = NumberingGaps.of(
                List.of(new IssueNumber(2021, 4, 6), new IssueNumber(2024, 2, 16), new IssueNumber(2024, 4, 18)));

        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13, 14, 15, 17), gaps.missingCumulativeNumbers());
        assertEquals(Map.of(2021, List.of(1, 2, 3), 2024, List.of(1, 3)), gaps.missingNumbersByYear());
    }

    @Test
    void aCompleteRunHasNoGaps() {
        assertEquals(
                true,
                NumberingGaps.of(List.of(new IssueNumber(2024, 1, 15), new IssueNumber(2024, 2, 16)))
                        .isEmpty());
    }

    private static TextByLocale title(String zh) {
        return TextByLocale.of(Map.of(LocaleTag.of("zh-CN"), zh));
    }
}
