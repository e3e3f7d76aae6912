package org.bulletincms.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.concurrency.ExpectedVersion;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.drafting.NotFound;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.translation.ItemTranslation;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.TranslationRepository;
import org.bulletincms.workflow.EditorialWorkflow;
import org.bulletincms.workflow.NotATargetLocale;

/**
 * Exports an issue's translatable texts for a target locale, and imports a translated file. An import is one
 * transaction: the whole file is refused before anything is written when it cannot be read, is too large, or is for
 * another issue or locale; otherwise each item is written through {@link Drafting#translateItem}, the translation
 * form's own path (the same permission, stage and assignment checks, the same sanitising and validation, the audit
 * trail and the writer recorded for the four-eyes rule), so what is applied is applied together or not at all.
 */
@ApplicationScoped
@Transactional
public class TranslationExchange {

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    TranslationRepository translations;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    ItemContentCheck contentCheck;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    Drafting drafting;

    @Inject
    ExchangeLimits limits;

    @Inject
    TranslationMemory memory;

    /**
     * The issue's texts for the locale. Editors and admins export any target locale; a translator one that is not
     * assigned to another translator.
     */
    public ExchangeFile export(Actor actor, UUID issueId, String locale) {
        Issue issue = issue(issueId);
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        LocaleTag target = target(publication, locale);
        List<LocaleAssignment> assignments = translations.assignments(issue.id()).stream()
                .filter(assignment -> assignment.locale().equals(target.value()))
                .toList();
        if (!actor.may(Role.EDITOR)
                && assignments.stream()
                        .flatMap(assignment -> assignment.translator().stream())
                        .anyMatch(translator -> !translator.equals(actor.subject()))) {
            throw new NotPermitted("assignment", target + " of this issue is assigned to another translator");
        }
        List<UUID> itemIds = issue.items().stream().map(Item::id).toList();
        Map<UUID, ItemTranslation> records = translations.ofItems(itemIds).stream()
                .filter(translation -> translation.locale().equals(target.value()))
                .collect(Collectors.toMap(ItemTranslation::itemId, translation -> translation));
        boolean done = assignments.stream().anyMatch(LocaleAssignment::isDone);
        String source = publication.locales().source().value();
        List<ExchangeUnit> units = new IssueTexts(source, target.value(), sectionTypes::find, records, done).of(issue);
        Map<String, MemoryMatch> matches = memory.exactMatches(
                source,
                target.value(),
                units.stream().map(ExchangeUnit::fingerprint).collect(Collectors.toSet()),
                issue.id());
        return new ExchangeFile(
                issue.id(),
                source,
                target.value(),
                units.stream()
                        .map(unit -> unit.withMatches(Optional.ofNullable(matches.get(unit.fingerprint()))
                                .map(List::of)
                                .orElse(List.of())))
                        .toList());
    }

    /**
     * Reads a translated file and applies what passes (see {@link ImportPlan} for the rules). The caller's right to
     * translate the locale now is checked first, as for the translation form.
     */
    public ImportReport importFile(Actor actor, UUID issueId, String locale, InputStream file) {
        Issue issue = issue(issueId);
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        LocaleTag target = workflow.beforeTranslation(issue, actor, locale);
        ReceivedFile received = new XliffReader(limits.maxBytes()).read(file);
        String source = publication.locales().source().value();
        requireSameTarget(received, issue, source, target.value());
        Set<String> issueLocales =
                publication.locales().all().stream().map(LocaleTag::value).collect(Collectors.toSet());
        ImportPlan.Result plan = new ImportPlan(
                        issue,
                        source,
                        target.value(),
                        sectionTypes::find,
                        contentCheck,
                        issueLocales,
                        actor.may(Role.EDITOR))
                .plan(received);
        plan.items()
                .forEach((itemId, values) -> drafting.translateItem(
                        actor, itemId, expecting(issue.item(itemId).tag()), target.value(), values));
        plan.rubricTitles().forEach((rubricId, title) -> {
            Rubric rubric = issue.rubric(rubricId);
            Map<LocaleTag, String> titles =
                    new java.util.LinkedHashMap<>(rubric.title().asMap());
            titles.put(target, title);
            drafting.retitleRubric(actor, issue.id(), expecting(issue.tag()), rubricId, TextByLocale.of(titles));
        });
        return new ImportReport(plan.outcomes());
    }

    /** The file names this issue in every {@code <file>}, and the publication's source locale and this target. */
    private static void requireSameTarget(ReceivedFile file, Issue issue, String source, String target) {
        String expected = ExchangeFile.original(issue.id());
        Optional<String> other = file.originals().isEmpty()
                ? Optional.of("")
                : file.originals().stream()
                        .filter(original -> !original.equals(expected))
                        .findFirst();
        if (other.isPresent()) {
            throw new XliffForAnotherTarget(XliffForAnotherTarget.What.ISSUE, other.get(), expected);
        }
        String namedTarget = file.targetLocale().orElse("");
        if (!sameLocale(namedTarget, target)) {
            throw new XliffForAnotherTarget(XliffForAnotherTarget.What.TARGET_LOCALE, namedTarget, target);
        }
        String namedSource = file.sourceLocale().orElse("");
        if (!sameLocale(namedSource, source)) {
            throw new XliffForAnotherTarget(XliffForAnotherTarget.What.SOURCE_LOCALE, namedSource, source);
        }
    }

    private static boolean sameLocale(String named, String expected) {
        return LocaleTag.isWellFormed(named) && LocaleTag.of(named).equals(LocaleTag.of(expected));
    }

    /** The version read in this transaction: the import checked what it read, and JPA's version guards the rest. */
    private static ExpectedVersion expecting(String tag) {
        return new ExpectedVersion(Optional.of("\"" + tag + "\""));
    }

    private static LocaleTag target(Publication publication, String locale) {
        if (!LocaleTag.isWellFormed(locale) || !publication.locales().targets().contains(LocaleTag.of(locale))) {
            throw new NotATargetLocale(locale);
        }
        return LocaleTag.of(locale);
    }

    private Issue issue(UUID issueId) {
        return issues.find(issueId).orElseThrow(() -> new NotFound(NotFound.What.ISSUE, issueId));
    }
}
