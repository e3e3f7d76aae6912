package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.issue.IllegalTransition;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.IssuePermissions;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Stage;
import org.bulletincms.issue.WorkflowAction;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.CheckedItemContent;
import org.bulletincms.sectiontype.HeldImages;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.sectiontype.StoredItemContent;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.translation.ItemTranslation;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.SourceValues;
import org.bulletincms.translation.TranslationProgress;
import org.bulletincms.translation.TranslationRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The editorial workflow, decided on the server for every transition and every write. Callers run inside a
 * transaction: a refusal throws before anything is written, so the transaction rolls back untouched.
 */
@ApplicationScoped
public class EditorialWorkflow {

    /** {@code cms.workflow.four-eyes}: an approver may not approve an issue whose content they wrote. */
    public static final String FOUR_EYES = "cms.workflow.four-eyes";

    @Inject
    PublicationRepository publications;

    @Inject
    WorkflowRepository records;

    @Inject
    TranslationRepository translations;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    ItemContentCheck contentCheck;

    @Inject
    ServedPictures pictures;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<IssuePublished> publishedEvents;

    @Inject
    Event<IssueUnpublished> unpublishedEvents;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = FOUR_EYES, defaultValue = "true")
    boolean fourEyes;

    /** Takes a workflow action on the issue; see {@link WorkflowAction} for who may take which. */
    public void take(Issue issue, WorkflowAction action, Actor actor, Optional<String> comment, Instant now) {
        Stage from = issue.stage();
        switch (action) {
            case SUBMIT_FOR_REVIEW -> {
                IssuePermissions.require(actor, from, IssueAction.of(action));
                requireComplete(issue);
                issue.take(action, actor, comment, now);
            }
            case APPROVE -> {
                IssuePermissions.require(actor, from, IssueAction.APPROVE);
                fourEyesRefusal(issue, actor).ifPresent(refusal -> {
                    throw refusal;
                });
                issue.take(action, actor, comment, now);
                String hash = IssueContent.hash(issue);
                records.add(new SignOff(issue.id(), issue.edition(), actor.subject(), now, comment, hash));
                records.add(new ReviewDecision(issue.id(), ReviewDecision.Decision.APPROVE, actor.subject(), now));
                audit.fire(event("sign-off", issue, actor, now, Map.of("hash", hash, "comment", comment.orElse(""))));
            }
            case REJECT -> {
                issue.take(action, actor, comment, now);
                records.add(new ReviewDecision(issue.id(), ReviewDecision.Decision.REJECT, actor.subject(), now));
            }
            case WITHDRAW_APPROVAL -> {
                issue.take(action, actor, comment, now);
                voidSignOff(issue, "approval withdrawn", actor.subject(), now);
            }
            case PUBLISH -> publish(issue, actor, now, actor.subject());
            case START_CORRECTION -> {
                issue.take(action, actor, comment, now);
                voidSignOff(issue, "superseded by a correction", actor.subject(), now);
            }
            case UNPUBLISH -> unpublish(issue, actor, comment, now);
            case SCHEDULE_PUBLICATION -> throw new IllegalArgumentException("use schedule(...)");
            default -> issue.take(action, actor, comment, now);
        }
        audit.fire(event(
                "transition",
                issue,
                actor,
                now,
                Map.of(
                        "action",
                        action.code(),
                        "from",
                        from.code(),
                        "to",
                        issue.stage().code(),
                        "comment",
                        comment.orElse(""))));
    }

    /**
     * Every action the actor may take on the issue now: {@link IssuePermissions} for role and stage, and the
     * four-eyes rule on top, so an approver who wrote content is not offered an approval they would be refused.
     */
    public Set<IssueAction> allowedActions(Issue issue, Actor actor) {
        Set<IssueAction> allowed = EnumSet.noneOf(IssueAction.class);
        allowed.addAll(IssuePermissions.allowed(actor, issue.stage()));
        if (allowed.contains(IssueAction.APPROVE)
                && fourEyesRefusal(issue, actor).isPresent()) {
            allowed.remove(IssueAction.APPROVE);
        }
        return allowed;
    }

    public void schedule(Issue issue, Actor actor, Instant at, Instant now) {
        issue.schedulePublication(at, actor, now);
        audit.fire(event("schedule-publication", issue, actor, now, Map.of("at", at.toString())));
    }

    /**
     * Publishes an approved issue whose scheduled time has come. The system publishes, on behalf of whoever scheduled
     * it and with no more authority than they have now: the roles their token carried when they were last seen
     * ({@link Accounts#lastSeenRoles}; the product learns roles only from tokens). When those do not allow publishing,
     * or the person is unknown, the issue stays approved, the schedule is dropped, and the audit log says why.
     */
    public void publishScheduled(Issue issue, Instant now) {
        if (issue.stage() != Stage.APPROVED
                || issue.publishAt().filter(at -> !at.isAfter(now)).isEmpty()) {
            return;
        }
        String scheduler = issue.publishScheduledBy().orElse(Actor.SYSTEM);
        Optional<Set<Role>> roles = accounts.lastSeenRoles(scheduler);
        Actor system = Actor.system(scheduler, roles.orElse(Set.of()));
        if (roles.isEmpty() || !system.mayAnyOf(WorkflowAction.PUBLISH.roles())) {
            issue.cancelScheduledPublication(system.subject(), now);
            audit.fire(event(
                    "schedule-publication-cancelled",
                    issue,
                    system,
                    now,
                    Map.of("reason", roles.isEmpty() ? "scheduler-unknown" : "scheduler-may-not-publish")));
            return;
        }
        Stage from = issue.stage();
        publish(issue, system, now, scheduler);
        audit.fire(event(
                "transition",
                issue,
                system,
                now,
                Map.of(
                        "action",
                        "publish",
                        "from",
                        from.code(),
                        "to",
                        issue.stage().code(),
                        "comment",
                        "scheduled publication")));
    }

    private void publish(Issue issue, Actor actor, Instant now, String publishedBy) {
        IssuePermissions.require(actor, issue.stage(), IssueAction.PUBLISH);
        SignOff signOff = records.validSignOff(issue.id())
                .orElseThrow(() -> new IllegalTransition(WorkflowAction.PUBLISH, issue.stage()));
        String current = IssueContent.hash(issue);
        if (!current.equals(signOff.issueHash())) {
            throw new SignOffOutdated(signOff.issueHash(), current);
        }
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        JsonObject snapshot = PublishedSnapshot.of(issue, publication, sectionTypes, pictures, now, current);
        boolean correction = issue.edition() > 1;
        records.add(new PublishedEdition(
                issue.id(),
                publication.id(),
                issue.edition(),
                issue.number(),
                now,
                publishedBy,
                current,
                issue.correctionNote().filter(note -> correction),
                snapshot.toString()));
        issue.take(WorkflowAction.PUBLISH, actor, Optional.empty(), now);
        audit.fire(event(
                "publish", issue, actor, now, Map.of("edition", String.valueOf(issue.edition()), "hash", current)));
        publishedEvents.fire(new IssuePublished(issue.id(), publication.id(), issue.edition(), correction, now));
    }

    private void unpublish(Issue issue, Actor actor, Optional<String> reason, Instant now) {
        issue.take(WorkflowAction.UNPUBLISH, actor, reason, now);
        PublishedEdition last = records.withdrawEditions(issue.id(), actor.subject(), reason.orElseThrow(), now);
        voidSignOff(issue, "unpublished", actor.subject(), now);
        unpublishedEvents.fire(new IssueUnpublished(issue.id(), issue.publicationId(), last.edition(), now));
    }

    /**
     * Checks an editor's (or admin's) write to content or structure ({@link IssuePermissions}: drafts and issues in
     * translation are open, under review and once approved only admins write, a published issue changes only
     * through a correction). A write to an approved issue voids its sign-off and returns it to review.
     */
    public void beforeEditorWrite(Issue issue, Actor actor, Instant now) {
        IssuePermissions.require(actor, issue.stage(), IssueAction.EDIT);
        if (issue.stage() == Stage.APPROVED) {
            voidSignOff(issue, "content changed after sign-off", actor.subject(), now);
            issue.returnToReview(actor.subject(), now);
        }
    }

    /**
     * Checks a translator's write to one target locale of an item.
     *
     * @return the locale as the publication spells it ({@code EN} → {@code en}): what to store under
     */
    public LocaleTag beforeTranslation(Issue issue, Actor actor, String locale) {
        IssuePermissions.require(actor, issue.stage(), IssueAction.TRANSLATE);
        LocaleTag target = targetLocale(publications.find(issue.publicationId()).orElseThrow(), locale);
        LocaleAssignment assignment = translations.assignment(issue.id(), target.value());
        if (!actor.isAdmin()
                && assignment
                        .translator()
                        .filter(t -> !t.equals(actor.subject()))
                        .isPresent()) {
            throw new NotPermitted("assignment", target + " of this issue is assigned to another translator");
        }
        return target;
    }

    /**
     * A locale named by a client, in its canonical spelling, when it is a target locale of the publication. Every
     * row keyed by a locale is written under this spelling, so {@code EN} and {@code en} can never make two rows.
     */
    private static LocaleTag targetLocale(Publication publication, String locale) {
        if (!LocaleTag.isWellFormed(locale) || !publication.locales().targets().contains(LocaleTag.of(locale))) {
            throw new NotATargetLocale(locale);
        }
        return LocaleTag.of(locale);
    }

    /**
     * Records what a content write means for the workflow: who contributed (four-eyes), and for each target
     * locale whose values the write changed, that the translation now corresponds to the current source. A
     * translator's save of {@code translatedLocale} confirms that locale against the current source even when its
     * text did not change (the translator checked it and it still fits). Called by {@code drafting.Drafting}, the
     * one write path for items.
     */
    public void afterContentWrite(
            Issue issue, Item item, String contentBefore, Actor actor, Instant now, Optional<String> translatedLocale) {
        records.recordContributor(issue.id(), actor.subject());
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        JsonObject before = parse(contentBefore);
        JsonObject after = item.content();
        SourceValues source =
                SourceValues.of(localized(after, publication.locales().source().value()));
        for (LocaleTag target : publication.locales().targets()) {
            JsonObject values = localized(after, target.value());
            boolean confirmed = translatedLocale.filter(target.value()::equals).isPresent();
            if (values.isEmpty() || !confirmed && values.equals(localized(before, target.value()))) {
                continue;
            }
            translations
                    .find(item.id(), target.value())
                    .ifPresentOrElse(
                            translation -> translation.record(source, actor.subject(), now),
                            () -> translations.add(
                                    new ItemTranslation(item.id(), target.value(), source, actor.subject(), now)));
        }
    }

    public TranslationProgress progress(Issue issue) {
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        List<UUID> itemIds = issue.items().stream().map(Item::id).toList();
        return TranslationProgress.of(
                issue,
                publication.locales().source().value(),
                publication.locales().targets().stream().map(LocaleTag::value).toList(),
                translations.ofItems(itemIds),
                translations.assignments(issue.id()));
    }

    /**
     * Assigns the person who signs in as {@code translator}: the subject of whoever signed in last under that
     * user name, or, if nobody has yet, the name, which its holder claims at their first sign-in
     * ({@link Accounts#storedFor}). The audit entry keeps the name as given.
     */
    public void assignTranslator(Issue issue, String locale, String translator, Actor actor, Instant now) {
        IssuePermissions.require(actor, issue.stage(), IssueAction.ASSIGN_TRANSLATORS);
        String target = targetLocale(publications.find(issue.publicationId()).orElseThrow(), locale)
                .value();
        translations.assignment(issue.id(), target).assign(accounts.storedFor(translator));
        audit.fire(event("assign-translator", issue, actor, now, Map.of("locale", target, "translator", translator)));
    }

    /** The translator says a locale is complete; refused while any item of it is missing or outdated. */
    public void markLocaleDone(Issue issue, String locale, Actor actor, Instant now) {
        String target = beforeTranslation(issue, actor, locale).value();
        List<org.bulletincms.translation.ItemLocaleStatus> blocking = progress(issue).inLocale(target).stream()
                .filter(cell -> cell.status().blocksReview())
                .toList();
        if (!blocking.isEmpty()) {
            throw new TranslationsIncomplete(blocking);
        }
        translations.assignment(issue.id(), target).markDone(actor.subject(), now);
        audit.fire(event("locale-done", issue, actor, now, Map.of("locale", target)));
    }

    private void requireComplete(Issue issue) {
        List<org.bulletincms.translation.ItemLocaleStatus> blocking =
                progress(issue).blockingReview();
        if (!blocking.isEmpty()) {
            throw new TranslationsIncomplete(blocking);
        }
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        Set<String> locales =
                publication.locales().all().stream().map(LocaleTag::value).collect(Collectors.toSet());
        List<NotPublishable.ItemViolation> violations = new ArrayList<>();
        HeldImages held = pictures.heldBy(issue.publicationId());
        for (Item item : issue.items()) {
            StoredItemContent stored = sectionTypes.resolve(item.sectionType(), item.schemaVersion(), item.content());
            if (stored instanceof ResolvedItemContent resolved) {
                CheckedItemContent checked =
                        contentCheck.check(resolved.type(), resolved.content(), ValidationMode.PUBLISH, locales, held);
                checked.violations()
                        .forEach(v ->
                                violations.add(new NotPublishable.ItemViolation(item.id(), item.sectionType(), v)));
            }
        }
        if (!violations.isEmpty()) {
            throw new NotPublishable(violations);
        }
    }

    private void voidSignOff(Issue issue, String reason, String by, Instant now) {
        records.validSignOff(issue.id()).ifPresent(signOff -> {
            signOff.voidBecause(reason, by, now);
            audit.fire(new AuditEvent(
                    "sign-off-voided",
                    Optional.of(issue.id()),
                    by,
                    now,
                    Map.of("reason", reason, "signOff", signOff.id().toString())));
        });
    }

    private Optional<NotPermitted> fourEyesRefusal(Issue issue, Actor actor) {
        return fourEyes && records.contributed(issue.id(), actor.subject())
                ? Optional.of(new NotPermitted(
                        "four-eyes", actor.username() + " wrote content of this issue and so may not approve it"))
                : Optional.empty();
    }

    /** An audit entry by the actor; the system's entries name whom it acted for ({@code onBehalfOf}, a subject). */
    private static AuditEvent event(String action, Issue issue, Actor actor, Instant now, Map<String, String> details) {
        Map<String, String> all = new LinkedHashMap<>(details);
        actor.onBehalfOf().ifPresent(person -> all.put("onBehalfOf", person));
        all.values().removeIf(String::isEmpty);
        return new AuditEvent(action, Optional.of(issue.id()), actor.subject(), now, all);
    }

    private static JsonObject localized(JsonObject content, String locale) {
        JsonObject localized = content.getJsonObject("localized");
        return localized == null || localized.getJsonObject(locale) == null
                ? JsonObject.EMPTY_JSON_OBJECT
                : localized.getJsonObject(locale);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
