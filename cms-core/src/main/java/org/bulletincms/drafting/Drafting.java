package org.bulletincms.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.concurrency.ExpectedVersion;
import org.bulletincms.history.ItemRevision;
import org.bulletincms.history.ItemRevisionRepository;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.issue.ItemWritten;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.SectionType;
import org.bulletincms.workflow.EditorialWorkflow;
import org.bulletincms.workflow.WorkflowRepository;

/**
 * The one write path for an issue's items and rubrics. Each write goes the same way: find what it names, check the
 * version the writer read ({@link ExpectedVersion}), check once that the writer's role and the issue's stage allow
 * it ({@link EditorialWorkflow#beforeEditorWrite}, {@link EditorialWorkflow#beforeTranslation}), write, record the
 * writer as a contributor of the issue (an approver who wrote any of it may not approve it, see {@link
 * EditorialWorkflow#FOUR_EYES}), fire {@link ItemWritten} for an item's history, and answer with a view carrying the
 * new version. A refusal throws before anything is written, so the transaction rolls back untouched.
 *
 * <p>Creating an item or a rubric names no version: it changes no version a client could have read, only adds.
 */
@ApplicationScoped
@Transactional
public class Drafting {

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    WorkflowRepository records;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    ItemContentCheck contentCheck;

    @Inject
    Accounts accounts;

    @Inject
    ServedPictures pictures;

    @Inject
    Event<ItemWritten> itemWritten;

    Clock clock = Clock.systemUTC();

    /** The item as editors see it. */
    public ItemView item(UUID itemId) {
        return view(item(itemId, NotFound.What.ITEM));
    }

    /** The issue as the actor sees it, with its rubrics and items; empty when there is no such issue. */
    public Optional<IssueView> issue(Actor actor, UUID issueId) {
        return issues.find(issueId).map(issue -> view(issue, actor));
    }

    /** The locales the issue is written in (its publication's); empty when there is no such issue. */
    public Optional<PublicationLocales> locales(UUID issueId) {
        return issues.find(issueId).map(this::publicationLocales);
    }

    /** The publication's issues as the actor sees them, newest first; empty when there is no such publication. */
    public Optional<List<IssueCover>> issuesOf(Actor actor, UUID publicationId) {
        return publications
                .find(publicationId)
                .map(publication -> issues.ofPublication(publication.id()).stream()
                        .map(issue -> cover(issue, actor))
                        .toList());
    }

    public ItemView addItem(Actor actor, UUID issueId, UUID rubricId, String typeId, JsonObject content) {
        Issue issue = issue(issueId);
        issue.rubric(rubricId);
        Instant now = clock.instant();
        beforeEditorWrite(issue, actor, now);
        SectionType type = sectionTypes
                .find(typeId)
                .orElseThrow(() -> new InvalidItem(
                        List.of(FieldViolation.of("/type", "section-type.unknown", Map.of("sectionType", typeId)))));
        Item item =
                issue.addItem(rubricId, drafts(issue).fromRequest(type, content, locales(issue)), actor.subject(), now);
        written(issue, item, "{}", ItemWritten.Change.CREATED, actor, now, Optional.empty());
        return view(item);
    }

    /** Replaces an item's content; a {@code type} other than the item's is refused (an item keeps its type). */
    public ItemView reviseItem(
            Actor actor, UUID itemId, ExpectedVersion expected, Optional<String> typeId, JsonObject content) {
        Item item = item(itemId, NotFound.What.ITEM);
        expected.require(item.tag());
        Issue issue = item.rubric().issue();
        Instant now = clock.instant();
        beforeEditorWrite(issue, actor, now);
        SectionType type = installedType(item);
        if (typeId.isPresent() && !typeId.get().equals(type.id())) {
            throw new InvalidItem(
                    List.of(FieldViolation.of("/type", "item.type-fixed", Map.of("sectionType", type.id()))));
        }
        revise(
                issue,
                item,
                drafts(issue).fromRequest(type, content, locales(issue)),
                ItemWritten.Change.REVISED,
                actor);
        return view(item);
    }

    /**
     * A translator's values for one target locale of the item: translatable fields only, shared fields are
     * read-only for translators.
     */
    public ItemView translateItem(
            Actor actor, UUID itemId, ExpectedVersion expected, String locale, JsonObject values) {
        Item item = item(itemId, NotFound.What.ITEM);
        expected.require(item.tag());
        Issue issue = item.rubric().issue();
        String target = workflow.beforeTranslation(issue, actor, locale).value();
        // Written once, the same in every locale: a translation would never be shown, and would make it look done.
        Optional<String> writtenIn = ItemContent.fromJson(item.content()).sameInEveryLocale();
        if (writtenIn.isPresent()) {
            throw new ItemWrittenOnce(writtenIn.get(), target);
        }
        SectionType type = installedType(item);
        List<FieldViolation> errors = new ArrayList<>();
        for (String field : values.keySet()) {
            type.fields().stream()
                    .filter(spec -> spec.name().equals(field))
                    .findFirst()
                    .ifPresentOrElse(
                            spec -> {
                                if (!spec.isTranslatable()) {
                                    errors.add(FieldViolation.of(
                                            "/values/" + field, "field.shared-read-only", Map.of("field", field)));
                                }
                            },
                            () -> errors.add(
                                    FieldViolation.of("/values/" + field, "field.unknown", Map.of("field", field))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidItem(errors);
        }
        JsonObject current = item.content();
        JsonObject merged = Json.createObjectBuilder(current)
                .add(
                        "localized",
                        Json.createObjectBuilder(current.getJsonObject("localized"))
                                .add(target, values))
                .build();
        revise(
                issue,
                item,
                drafts(issue).fromRequest(type, merged, locales(issue)),
                ItemWritten.Change.TRANSLATED,
                actor,
                Optional.of(target));
        return view(item);
    }

    /** Makes an old revision's content the item's content again, as a new revision: an editor's write like any. */
    public ItemView restoreItem(Actor actor, UUID itemId, int number, ExpectedVersion expected) {
        ItemRevision revision =
                revisions.find(itemId, number).orElseThrow(() -> new NotFound(NotFound.What.REVISION, number));
        Item item = findItem(itemId).orElseThrow(() -> new ItemDeleted(revision.number()));
        expected.require(item.tag());
        Issue issue = item.rubric().issue();
        Instant now = clock.instant();
        beforeEditorWrite(issue, actor, now);
        SectionType type = installedType(item);
        ItemDraft draft = drafts(issue).fromRevision(revision, type, sectionTypes, locales(issue));
        revise(issue, item, draft, ItemWritten.Change.RESTORED, actor);
        return view(item);
    }

    /**
     * Deletes an item. The writer names the item's version or the issue's (which covers every item's), so a screen
     * showing the issue deletes what it shows without reading the item first; answers with the issue's new version,
     * which the next write to the issue names.
     */
    public IssueVersion deleteItem(Actor actor, UUID itemId, ExpectedVersion expected) {
        Item item = item(itemId, NotFound.What.ITEM);
        Issue issue = item.rubric().issue();
        expected.require(item.tag(), List.of(issue.tag()));
        Instant now = clock.instant();
        beforeEditorWrite(issue, actor, now);
        itemWritten.fire(new ItemWritten(
                issue.id(),
                item.id(),
                item.sectionType(),
                item.schemaVersion(),
                item.contentJson(),
                ItemWritten.Change.DELETED,
                actor.subject(),
                now));
        issue.removeItem(item.id(), actor.subject(), now);
        return structureWritten(issue, actor);
    }

    /**
     * Drafts a new issue of the publication; a number another issue of the publication has is refused
     * ({@code IssueNumberTaken}). Answers with the issue as the actor sees it.
     */
    public IssueView draftIssue(
            Actor actor,
            UUID publicationId,
            IssueNumber number,
            TextByLocale title,
            TextByLocale mastheadLine,
            Optional<LocalDate> planned) {
        if (!actor.may(Role.EDITOR)) {
            throw new NotPermitted("role", actor.username() + " may not edit issues");
        }
        issues.requireFreeNumber(publicationId, number, Optional.empty());
        Issue issue =
                Issue.draft(publicationId, number, title, mastheadLine, planned, actor.subject(), clock.instant());
        issues.add(issue);
        issues.flush();
        return view(issue, actor);
    }

    /**
     * Changes an issue's number, title, masthead line or planned date; a number another issue of the publication has
     * is refused.
     * The cover is not content an approver signs for, so the writer is not recorded as a contributor.
     */
    public IssueVersion reviseCover(
            Actor actor,
            UUID issueId,
            ExpectedVersion expected,
            IssueNumber number,
            TextByLocale title,
            TextByLocale mastheadLine,
            Optional<LocalDate> planned) {
        Issue issue = issue(issueId);
        expected.require(issue.tag());
        Instant now = clock.instant();
        beforeEditorWrite(issue, actor, now);
        issues.requireFreeNumber(issue.publicationId(), number, Optional.of(issue.id()));
        issue.reviseCover(number, title, mastheadLine, planned, actor.subject(), now);
        issues.flush();
        return new IssueVersion(issue.id(), issue.tag());
    }

    /** Deletes an issue with its rubrics and items, if its stage lets editors write. */
    public void deleteIssue(Actor actor, UUID issueId, ExpectedVersion expected) {
        Issue issue = issue(issueId);
        expected.require(issue.tag());
        beforeEditorWrite(issue, actor, clock.instant());
        issues.remove(issue);
    }

    public RubricView addRubric(Actor actor, UUID issueId, TextByLocale title) {
        Issue issue = issue(issueId);
        Instant now = clock.instant();
        beforeEditorWrite(issue, actor, now);
        Rubric rubric = issue.addRubric(title, actor.subject(), now);
        IssueVersion version = structureWritten(issue, actor);
        return new RubricView(rubric.id(), rubric.title(), rubric.position(), version);
    }

    public IssueVersion retitleRubric(
            Actor actor, UUID issueId, ExpectedVersion expected, UUID rubricId, TextByLocale title) {
        return changeStructure(
                actor, issueId, expected, issue -> issue.retitleRubric(rubricId, title, actor.subject(), now()));
    }

    /** Removes an empty rubric; a rubric with items is refused. */
    public IssueVersion removeRubric(Actor actor, UUID issueId, ExpectedVersion expected, UUID rubricId) {
        return changeStructure(actor, issueId, expected, issue -> issue.removeRubric(rubricId, actor.subject(), now()));
    }

    public IssueVersion reorderRubrics(Actor actor, UUID issueId, ExpectedVersion expected, List<UUID> order) {
        return changeStructure(actor, issueId, expected, issue -> issue.reorderRubrics(order, actor.subject(), now()));
    }

    /** Puts exactly these items into the rubric, in this order, moving them from other rubrics. */
    public IssueVersion arrangeRubric(
            Actor actor, UUID issueId, ExpectedVersion expected, UUID rubricId, List<UUID> order) {
        return changeStructure(
                actor, issueId, expected, issue -> issue.arrangeRubric(rubricId, order, actor.subject(), now()));
    }

    private IssueVersion changeStructure(Actor actor, UUID issueId, ExpectedVersion expected, Consumer<Issue> change) {
        Issue issue = issue(issueId);
        expected.require(issue.tag());
        beforeEditorWrite(issue, actor, clock.instant());
        change.accept(issue);
        return structureWritten(issue, actor);
    }

    /** The role and the stage, checked once for every editor's write. */
    private void beforeEditorWrite(Issue issue, Actor actor, Instant now) {
        if (!actor.may(Role.EDITOR)) {
            throw new NotPermitted("role", actor.username() + " may not edit issues");
        }
        workflow.beforeEditorWrite(issue, actor, now);
    }

    private void revise(Issue issue, Item item, ItemDraft draft, ItemWritten.Change change, Actor actor) {
        revise(issue, item, draft, change, actor, Optional.empty());
    }

    private void revise(
            Issue issue,
            Item item,
            ItemDraft draft,
            ItemWritten.Change change,
            Actor actor,
            Optional<String> translatedLocale) {
        String before = item.contentJson();
        Instant now = clock.instant();
        issue.reviseItem(item.id(), draft, actor.subject(), now);
        written(issue, item, before, change, actor, now, translatedLocale);
    }

    /**
     * What every content write means besides itself: versions are current (flush), the workflow records the writer
     * and the translations the write confirmed, and history gets the new content.
     */
    private void written(
            Issue issue,
            Item item,
            String contentBefore,
            ItemWritten.Change change,
            Actor actor,
            Instant now,
            Optional<String> translatedLocale) {
        issues.flush();
        workflow.afterContentWrite(issue, item, contentBefore, actor, now, translatedLocale);
        itemWritten.fire(new ItemWritten(
                issue.id(),
                item.id(),
                item.sectionType(),
                item.schemaVersion(),
                item.contentJson(),
                change,
                actor.subject(),
                now));
    }

    /** A write to the issue's structure: the writer contributed to the issue, and the issue has a new version. */
    private IssueVersion structureWritten(Issue issue, Actor actor) {
        records.recordContributor(issue.id(), actor.subject());
        issues.flush();
        return new IssueVersion(issue.id(), issue.tag());
    }

    private SectionType installedType(Item item) {
        return sectionTypes.find(item.sectionType()).orElseThrow(() -> new OrphanedItem(item.sectionType()));
    }

    private Issue issue(UUID issueId) {
        return issues.find(issueId).orElseThrow(() -> new NotFound(NotFound.What.ISSUE, issueId));
    }

    private Item item(UUID itemId, NotFound.What what) {
        return findItem(itemId).orElseThrow(() -> new NotFound(what, itemId));
    }

    private Optional<Item> findItem(UUID itemId) {
        return issues.findByItem(itemId).flatMap(issue -> issue.findItem(itemId));
    }

    private Set<String> locales(Issue issue) {
        return publicationLocales(issue).all().stream().map(LocaleTag::value).collect(Collectors.toSet());
    }

    private PublicationLocales publicationLocales(Issue issue) {
        return publications.find(issue.publicationId()).orElseThrow().locales();
    }

    private IssueView view(Issue issue, Actor actor) {
        return new IssueView(
                cover(issue, actor),
                publicationLocales(issue),
                issue.rubrics().stream()
                        .map(rubric -> new IssueView.RubricItems(
                                rubric.id(),
                                rubric.title(),
                                rubric.items().stream()
                                        .map(item -> ItemView.of(item, sectionTypes, accounts))
                                        .toList()))
                        .toList());
    }

    private IssueCover cover(Issue issue, Actor actor) {
        return new IssueCover(
                issue.id(),
                issue.publicationId(),
                issue.number(),
                issue.title(),
                issue.mastheadLine(),
                issue.stage(),
                workflow.allowedActions(issue, actor),
                issue.plannedPublicationDate(),
                issue.createdAt(),
                accounts.shownName(issue.createdBy()),
                issue.updatedAt(),
                accounts.shownName(issue.updatedBy()),
                issue.version(),
                issue.tag(),
                issue.rubrics().size(),
                issue.items().size());
    }

    private ItemView view(Item item) {
        issues.flush();
        return ItemView.of(item, sectionTypes, accounts);
    }

    private ItemDrafts drafts(Issue issue) {
        return new ItemDrafts(contentCheck, pictures.heldBy(issue.publicationId()));
    }

    private Instant now() {
        return clock.instant();
    }
}
