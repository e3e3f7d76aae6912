package org.bulletincms.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.junit.jupiter.api.Test;

class TranslationProgressTest {

    private static final Instant NOW = Instant.parse("2024-07-01T08:00:00Z");

    private final Issue issue = Issue.draft(
            UUID.randomUUID(),
            new IssueNumber(2021, 4, 6),
            TextByLocale.empty(),
            TextByLocale.empty(),
            Optional.empty(),
            "edith",
            NOW);
    private final Rubric rubric =
            issue.addRubric(TextByLocale.of(Map.of(LocaleTag.of("zh-CN"), "同一个地球网络最新进展")), "edith", NOW);
    private final Item news = issue.addItem(
            rubric.id(),
            new ItemDraft("news", 1, "{\"shared\":{},\"localized\":{\"zh-CN\":{\"title\":\"通过循环经济加强国家自主贡献\"}}}"),
            "edith",
            NOW);
    private final Item flyer = issue.addItem(
            rubric.id(),
            new ItemDraft(
                    "event",
                    1,
                    "{\"shared\":{},\"localized\":{\"en\":{\"title\":\"COP 26 High-Level Climate Action Event\"}},"
                            + "\"sameInEveryLocale\":\"en\"}"),
            "edith",
            NOW);

    private final TranslationProgress progress =
            TranslationProgress.of(issue, "zh-CN", List.of("en"), List.of(), List.of());

    @Test
    void anItemTheSameInEveryLocaleIsDoneInEveryLocaleWithoutATranslation() {
        assertEquals(
                List.of(TranslationStatus.DONE),
                progress.cells().stream()
                        .filter(cell -> cell.itemId().equals(flyer.id()))
                        .map(ItemLocaleStatus::status)
                        .toList());
        assertEquals(
                List.of(news.id()),
                progress.blockingReview().stream().map(ItemLocaleStatus::itemId).toList(),
                "only the untranslated news keeps the issue from review");
    }

    @Test
    void anItemTheSameInEveryLocaleIsNotOnTranslatorsWorkLists() {
        assertFalse(progress.needsTranslation(flyer.id()));
        assertTrue(progress.needsTranslation(news.id()));
    }
}
