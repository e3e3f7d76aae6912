package org.bulletincms.issue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bulletincms.actor.Actor;
import org.bulletincms.concurrency.VersionTag;
import org.bulletincms.locale.TextByLocale;

/**
 * One numbered issue of a publication ({@code 2024年第2期}, {@code 总第16期}): its ordered rubrics and, inside
 * each, its ordered items. The aggregate root: rubrics and items change only through it, so order and
 * membership rules hold in one place.
 */
@Entity
@Table(name = "issue")
public class Issue {

    @Id
    private UUID id;

    @Column(name = "publication_id", nullable = false)
    private UUID publicationId;

    @Embedded
    private IssueNumber number;

    @Column(nullable = false)
    private TextByLocale title;

    /** A line printed above the publication's title in this issue only (同一个地球网络 in 2021 No. 4). */
    @Column(name = "masthead_line", nullable = false, length = 4000)
    private TextByLocale mastheadLine = TextByLocale.empty();

    @Column(name = "planned_publication_date")
    private LocalDate plannedPublicationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    /** 1 for the first publication; a correction publishes the next edition. */
    @Column(nullable = false)
    private int edition = 1;

    @Column(name = "correction_note", length = 4000)
    private String correctionNote;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "publish_scheduled_by", length = 100)
    private String publishScheduledBy;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Rubric> rubrics = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected Issue() {
        // for JPA
    }

    private Issue(
            UUID publicationId,
            IssueNumber number,
            TextByLocale title,
            TextByLocale mastheadLine,
            Optional<LocalDate> planned,
            String by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.publicationId = Objects.requireNonNull(publicationId);
        this.number = Objects.requireNonNull(number);
        this.title = Objects.requireNonNull(title);
        this.mastheadLine = Objects.requireNonNull(mastheadLine);
        this.plannedPublicationDate = planned.orElse(null);
        this.stage = Stage.DRAFT;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Begins a new issue as a draft with no rubrics yet. */
    public static Issue draft(
            UUID publicationId,
            IssueNumber number,
            TextByLocale title,
            TextByLocale mastheadLine,
            Optional<LocalDate> plannedPublicationDate,
            String by,
            Instant now) {
        return new Issue(publicationId, number, title, mastheadLine, plannedPublicationDate, by, now);
    }

    /** Changes the cover data: number, title, masthead line, planned date. */
    public void reviseCover(
            IssueNumber newNumber,
            TextByLocale newTitle,
            TextByLocale newMastheadLine,
            Optional<LocalDate> planned,
            String by,
            Instant now) {
        this.number = Objects.requireNonNull(newNumber);
        this.title = Objects.requireNonNull(newTitle);
        this.mastheadLine = Objects.requireNonNull(newMastheadLine);
        this.plannedPublicationDate = planned.orElse(null);
        touch(by, now);
    }

    public Rubric addRubric(TextByLocale rubricTitle, String by, Instant now) {
        Rubric rubric = new Rubric(this, rubrics.size(), rubricTitle);
        rubrics.add(rubric);
        touch(by, now);
        return rubric;
    }

    public void retitleRubric(UUID rubricId, TextByLocale newTitle, String by, Instant now) {
        rubric(rubricId).retitle(newTitle);
        touch(by, now);
    }

    /** Removes an empty rubric; a rubric with items is refused, so no item is ever lost by accident. */
    public void removeRubric(UUID rubricId, String by, Instant now) {
        Rubric rubric = rubric(rubricId);
        if (!rubric.items().isEmpty()) {
            throw new RubricNotEmpty(rubricId, rubric.items().size());
        }
        rubrics.remove(rubric);
        renumberRubrics();
        touch(by, now);
    }

    /** Puts the rubrics in the given order, which must name each rubric of the issue exactly once. */
    public void reorderRubrics(List<UUID> order, String by, Instant now) {
        requirePermutation(order, rubrics.stream().map(Rubric::id).collect(Collectors.toSet()));
        var byId = rubrics.stream().collect(Collectors.toMap(Rubric::id, Function.identity()));
        rubrics.clear();
        order.forEach(id -> rubrics.add(byId.get(id)));
        renumberRubrics();
        touch(by, now);
    }

    public Item addItem(UUID rubricId, ItemDraft draft, String by, Instant now) {
        Rubric rubric = rubric(rubricId);
        Item item = new Item(rubric, rubric.items().size(), draft, by, now);
        rubric.append(item);
        touch(by, now);
        return item;
    }

    /**
     * Replaces an item's content. The issue itself is not touched: two editors working on different
     * items of one issue never conflict; each item has its own version.
     */
    public Item reviseItem(UUID itemId, ItemDraft draft, String by, Instant now) {
        Item item = item(itemId);
        item.revise(draft, by, now);
        return item;
    }

    public void removeItem(UUID itemId, String by, Instant now) {
        Item item = item(itemId);
        Rubric rubric = item.rubric();
        List<Item> rest = new ArrayList<>(rubric.items());
        rest.remove(item);
        rubric.place(rest);
        touch(by, now);
    }

    /**
     * Puts exactly these items into the rubric, in this order. Items may come from other rubrics of the
     * issue (they move); every item the rubric had must still be named somewhere in the issue, so the
     * order names the rubric's current items plus any moved in.
     */
    public void arrangeRubric(UUID rubricId, List<UUID> order, String by, Instant now) {
        Rubric target = rubric(rubricId);
        Set<UUID> current = target.items().stream().map(Item::id).collect(Collectors.toSet());
        if (order.size() != new HashSet<>(order).size()) {
            throw new InvalidOrder("an item is named twice");
        }
        if (!order.containsAll(current)) {
            throw new InvalidOrder("the order must name every item of the rubric; move items out by arranging "
                    + "the rubric they go to");
        }
        List<Item> arranged = new ArrayList<>();
        for (UUID id : order) {
            Item item = findItem(id).orElseThrow(() -> new InvalidOrder("no item " + id + " in this issue"));
            arranged.add(item);
        }
        for (Item item : arranged) {
            Rubric from = item.rubric();
            if (from != target) {
                List<Item> rest = new ArrayList<>(from.items());
                rest.remove(item);
                from.place(rest);
            }
        }
        target.place(arranged);
        touch(by, now);
    }

    public Rubric rubric(UUID rubricId) {
        return rubrics.stream()
                .filter(r -> r.id().equals(rubricId))
                .findFirst()
                .orElseThrow(() -> new NotInIssue(NotInIssue.Part.RUBRIC, rubricId));
    }

    public Item item(UUID itemId) {
        return findItem(itemId).orElseThrow(() -> new NotInIssue(NotInIssue.Part.ITEM, itemId));
    }

    public Optional<Item> findItem(UUID itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** Every item in reading order: rubric by rubric. */
    public List<Item> items() {
        return rubrics.stream().flatMap(r -> r.items().stream()).toList();
    }

    private void renumberRubrics() {
        for (int i = 0; i < rubrics.size(); i++) {
            rubrics.get(i).moveTo(i);
        }
    }

    /**
     * Takes a workflow action: the actor's roles are checked first (403), then whether the action is possible
     * from the current stage (409), then whether it carries the comment it needs. Nothing changes on refusal.
     */
    public void take(WorkflowAction action, Actor actor, Optional<String> comment, Instant now) {
        IssuePermissions.require(actor, stage, IssueAction.of(action));
        if (action.needsComment() && comment.filter(c -> !c.isBlank()).isEmpty()) {
            throw new CommentRequired(action);
        }
        switch (action) {
            case START_CORRECTION -> {
                edition++;
                correctionNote = comment.orElseThrow();
            }
            case UNPUBLISH -> {
                // Published again, the issue is a new edition; its withdrawal reason is not a correction note.
                edition++;
                correctionNote = null;
            }
            case SCHEDULE_PUBLICATION -> throw new IllegalArgumentException("use schedulePublication");
            default -> {}
        }
        cancelSchedule();
        stage = action.to();
        touch(actor.subject(), now);
    }

    /** Publishes at {@code at}, which must be in the future; replaces an earlier schedule. */
    public void schedulePublication(Instant at, Actor actor, Instant now) {
        IssuePermissions.require(actor, stage, IssueAction.SCHEDULE_PUBLICATION);
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException("a scheduled publication lies in the future");
        }
        this.publishAt = at;
        this.publishScheduledBy = actor.subject();
        touch(actor.subject(), now);
    }

    /**
     * A change after sign-off voids it: the issue returns to review and any scheduled publication is cancelled.
     */
    public void returnToReview(String by, Instant now) {
        if (stage == Stage.APPROVED) {
            stage = Stage.IN_REVIEW;
            cancelSchedule();
            touch(by, now);
        }
    }

    /**
     * Drops the scheduled publication without publishing: the issue stays approved. For the system, when whoever
     * scheduled it may no longer publish.
     */
    public void cancelScheduledPublication(String by, Instant now) {
        if (publishAt != null) {
            cancelSchedule();
            touch(by, now);
        }
    }

    private void cancelSchedule() {
        publishAt = null;
        publishScheduledBy = null;
    }

    public int edition() {
        return edition;
    }

    public Optional<String> correctionNote() {
        return Optional.ofNullable(correctionNote);
    }

    public Optional<Instant> publishAt() {
        return Optional.ofNullable(publishAt);
    }

    public Optional<String> publishScheduledBy() {
        return Optional.ofNullable(publishScheduledBy);
    }

    private static void requirePermutation(List<UUID> order, Set<UUID> expected) {
        if (order.size() != expected.size() || !new HashSet<>(order).equals(expected)) {
            throw new InvalidOrder("the order must name each of the " + expected.size() + " entries exactly once");
        }
    }

    private void touch(String by, Instant now) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID publicationId() {
        return publicationId;
    }

    public IssueNumber number() {
        return number;
    }

    public TextByLocale title() {
        return title;
    }

    /** The line above the publication's title in this issue, by locale; empty for most issues. */
    public TextByLocale mastheadLine() {
        return mastheadLine == null ? TextByLocale.empty() : mastheadLine;
    }

    public Optional<LocalDate> plannedPublicationDate() {
        return Optional.ofNullable(plannedPublicationDate);
    }

    public Stage stage() {
        return stage;
    }

    public List<Rubric> rubrics() {
        return Collections.unmodifiableList(rubrics);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }

    /**
     * The version a client names to change the issue (its ETag): it covers the cover data, the rubrics and every
     * item, so it changes when any of them does. Current after a flush.
     */
    public String tag() {
        List<Object> parts = new ArrayList<>();
        parts.add(id);
        parts.add(version);
        for (Rubric rubric : rubrics) {
            parts.add(rubric.id());
            parts.add(rubric.version());
            for (Item item : rubric.items()) {
                parts.add(item.id());
                parts.add(item.version());
            }
        }
        return VersionTag.of(parts.toArray());
    }
}
