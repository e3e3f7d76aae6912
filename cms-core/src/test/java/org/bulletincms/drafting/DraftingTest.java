package org.bulletincms.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.concurrency.ExpectedVersion;
import org.bulletincms.concurrency.StaleVersion;
import org.bulletincms.concurrency.VersionRequired;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.issue.ItemWritten;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.testing.RecordedEvents;
import org.bulletincms.workflow.EditorialWorkflow;
import org.bulletincms.workflow.WorkflowRepository;
import org.junit.jupiter.api.Test;

/** The write path's sequence for structure writes, over in-memory stand-ins for the tables. */
class DraftingTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final ItemDraft NEWS = new ItemDraft("news", 1, "{\"shared\":{},\"localized\":{}}");
    private static final Actor EDITOR = new Actor("subject-of-edith", "edith", Set.of(Role.EDITOR));
    private static final Actor ADMIN = new Actor("subject-of-adam", "adam", Set.of(Role.ADMIN));
    private static final Actor TRANSLATOR = new Actor("subject-of-tom", "tom", Set.of(Role.TRANSLATOR));

    private final Issue issue = Issue.draft(
            UUID.randomUUID(),
            new IssueNumber(2024, 2, 16),
            TextByLocale.empty(),
            TextByLocale.empty(),
            Optional.empty(),
            "edith",
            NOW);
    private final Rubric rubric = issue.addRubric(title("要闻"), "edith", NOW);
    private final Item first = issue.addItem(rubric.id(), NEWS, "edith", NOW);
    private final Item second = issue.addItem(rubric.id(), NEWS, "edith", NOW);
    private final Contributors contributors = new Contributors();
    private final RecordedEvents<ItemWritten> history = new RecordedEvents<>();
    private final Drafting drafting = new Drafting();

    DraftingTest() {
        drafting.issues = new OneIssue(issue);
        drafting.records = contributors;
        EditorialWorkflow workflow = new EditorialWorkflow();
        drafting.workflow = workflow;
        drafting.itemWritten = history;
    }

    @Test
    void deletingAnItemMakesTheWriterAContributorAndAnswersTheIssuesNewVersion() {
        String before = issue.tag();

        IssueVersion after = drafting.deleteItem(ADMIN, second.id(), named(second.tag()));

        assertEquals(List.of(first), issue.items());
        assertEquals(List.of(ADMIN.subject()), contributors.of(issue.id()));
        assertEquals(issue.tag(), after.tag());
        assertNotEquals(before, after.tag());
        assertEquals(ItemWritten.Change.DELETED, history.fired().get(0).change());
    }

    @Test
    void anItemIsDeletedWithTheVersionOfTheIssueItIsPartOf() {
        drafting.deleteItem(EDITOR, second.id(), named(issue.tag()));

        assertEquals(List.of(first), issue.items());
    }

    @Test
    void eachWriteToTheStructureMakesTheWriterAContributor() {
        drafting.retitleRubric(ADMIN, issue.id(), named(issue.tag()), rubric.id(), title("新闻"));
        drafting.arrangeRubric(EDITOR, issue.id(), named(issue.tag()), rubric.id(), List.of(second.id(), first.id()));

        assertEquals(List.of(ADMIN.subject(), EDITOR.subject()), contributors.of(issue.id()));
        assertEquals(List.of(second, first), issue.items());
    }

    @Test
    void aStaleVersionIsRefusedBeforeAnythingIsWrittenOrRecorded() {
        assertThrows(
                StaleVersion.class,
                () -> drafting.retitleRubric(ADMIN, issue.id(), named("outdated"), rubric.id(), title("新闻")));
        assertThrows(
                VersionRequired.class,
                () -> drafting.deleteItem(ADMIN, second.id(), new ExpectedVersion(Optional.empty())));

        assertEquals(title("要闻"), rubric.title());
        assertEquals(2, issue.items().size());
        assertEquals(List.of(), contributors.of(issue.id()));
        assertEquals(List.of(), history.fired());
    }

    @Test
    void onlyEditorsAndAdminsWriteTheStructure() {
        NotPermitted refused =
                assertThrows(NotPermitted.class, () -> drafting.deleteItem(TRANSLATOR, second.id(), named("*")));

        assertEquals("role", refused.reason());
        assertEquals(2, issue.items().size());
        assertEquals(List.of(), contributors.of(issue.id()));
    }

    @Test
    void anItemThatDoesNotExistIsNotFound() {
        NotFound missing =
                assertThrows(NotFound.class, () -> drafting.deleteItem(EDITOR, UUID.randomUUID(), named("*")));

        assertEquals("item-not-found", missing.detailKey());
    }

    private static ExpectedVersion named(String tag) {
        return ExpectedVersion.ofHeader(tag.equals("*") ? tag : "\"" + tag + "\"");
    }

    private static TextByLocale title(String zh) {
        return TextByLocale.of(Map.of(LocaleTag.of("zh-CN"), zh));
    }

    /** The issue table holding one issue. */
    private static final class OneIssue extends IssueRepository {

        private final Issue issue;

        OneIssue(Issue issue) {
            this.issue = issue;
        }

        @Override
        public Optional<Issue> find(UUID id) {
            return Optional.of(issue).filter(one -> one.id().equals(id));
        }

        @Override
        public Optional<Issue> findByItem(UUID itemId) {
            return Optional.of(issue).filter(one -> one.findItem(itemId).isPresent());
        }

        @Override
        public void flush() {}
    }

    /** The contributors table, in the order people were recorded. */
    private static final class Contributors extends WorkflowRepository {

        private final List<String> rows = new ArrayList<>();

        @Override
        public void recordContributor(UUID issueId, String subject) {
            if (!rows.contains(issueId + " " + subject)) {
                rows.add(issueId + " " + subject);
            }
        }

        List<String> of(UUID issueId) {
            return rows.stream()
                    .filter(row -> row.startsWith(issueId + " "))
                    .map(row -> row.substring(row.indexOf(' ') + 1))
                    .toList();
        }
    }
}
