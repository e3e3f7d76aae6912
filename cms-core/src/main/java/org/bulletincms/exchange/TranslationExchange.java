package org.bulletincms.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.bulletincms.issue.ContentLocked;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.IssuePermissions;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.issue.Stage;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.spi.Json;
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

    /** How many near matches a unit is offered at most, the most similar. */
    static final int NEAR_MATCHES_PER_UNIT = 3;

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
        Set<String> fingerprints = new HashSet<>();
        units.forEach(unit -> {
            fingerprints.add(unit.fingerprint());
            unit.source().paragraphs().forEach(paragraph -> fingerprints.add(paragraphFingerprint(paragraph)));
        });
        Map<String, MemoryMatch> exact = memory.exactMatches(source, target.value(), fingerprints, issue.id());
        return new ExchangeFile(
                issue.id(),
                source,
                target.value(),
                units.stream()
                        .map(unit -> unit.withMatches(
                                offered(unit.source(), unit.fingerprint(), exact, source, target.value(), issue.id()),
                                paragraphMatches(unit, exact, source, target.value(), issue.id())))
                        .toList());
    }

    /**
     * What the memory offers the issue's texts in the locale, for the translation view: each text with its matches,
     * and for a rich text of several paragraphs each paragraph's; texts it has nothing for are left out. Who may see
     * them: as for an export.
     */
    public List<ExchangeUnit> suggestions(Actor actor, UUID issueId, String locale) {
        return export(actor, issueId, locale).units().stream()
                .filter(ExchangeUnit::hasMatches)
                .toList();
    }

    /** The paragraphs of a rich text of several paragraphs that the memory offers something for. */
    private List<ParagraphMatches> paragraphMatches(
            ExchangeUnit unit, Map<String, MemoryMatch> exact, String source, String target, UUID issue) {
        List<ParagraphMatches> paragraphs = new ArrayList<>();
        List<InlineText> split = unit.source().paragraphs();
        for (int i = 0; i < split.size(); i++) {
            InlineText paragraph = split.get(i);
            List<MemoryMatch> offered =
                    offered(paragraph, paragraphFingerprint(paragraph), exact, source, target, issue);
            if (!offered.isEmpty()) {
                paragraphs.add(new ParagraphMatches(i + 1, paragraph, offered));
            }
        }
        return paragraphs;
    }

    /** A paragraph's fingerprint, as the memory records paragraphs. */
    private static String paragraphFingerprint(InlineText paragraph) {
        return IssueTexts.fingerprintOfHtml(paragraph.html());
    }

    /** A segment's exact match, if any, then its best near matches. */
    private List<MemoryMatch> offered(
            InlineText segment,
            String fingerprint,
            Map<String, MemoryMatch> exact,
            String source,
            String target,
            UUID issue) {
        List<MemoryMatch> offered = new ArrayList<>();
        Optional.ofNullable(exact.get(fingerprint)).ifPresent(offered::add);
        offered.addAll(memory.nearMatches(source, target, segment, fingerprint, issue, NEAR_MATCHES_PER_UNIT));
        return offered;
    }

    /**
     * Reads a translated file and applies what passes (see {@link ImportPlan} for the rules). The caller's right to
     * translate the locale now is checked first, as for the translation form.
     */
    public ImportReport importFile(Actor actor, UUID issueId, String locale, InputStream file) {
        Issue issue = issue(issueId);
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        LocaleTag target = beforeImport(issue, publication, actor, locale);
        ReceivedFile received = new XliffReader(limits.maxBytes()).read(file);
        String source = publication.locales().source().value();
        requireSameTarget(received, issue, source, target.value());
        return apply(actor, issue, publication, target, received);
    }

    /**
     * Fills the texts that have no up-to-date translation with their exact match from the memory, when the
     * translator asks for it (never on its own): the same path and checks as an imported file whose targets are
     * those matches, so the answer is an import report. An item is filled only when every text of it that needs
     * translating has an exact match, because writing an item records its whole translation as made from the current
     * source; the texts of other items are not listed.
     */
    public ImportReport fillExactMatches(Actor actor, UUID issueId, String locale) {
        Issue issue = issue(issueId);
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        LocaleTag target = beforeImport(issue, publication, actor, locale);
        ExchangeFile file = export(actor, issueId, target.value());
        Map<UUID, List<ExchangeUnit>> toTranslate = file.units().stream()
                .filter(unit -> unit.state() == ExchangeUnit.TargetState.INITIAL)
                .collect(Collectors.groupingBy(
                        unit -> unit.id().ownerId(), java.util.LinkedHashMap::new, Collectors.toList()));
        List<ReceivedFile.ReceivedUnit> filled = new ArrayList<>();
        for (List<ExchangeUnit> owned : toTranslate.values()) {
            List<ReceivedFile.ReceivedUnit> matched =
                    owned.stream().flatMap(unit -> exactMatch(unit).stream()).toList();
            if (matched.size() == owned.size()) {
                filled.addAll(matched);
            }
        }
        ReceivedFile received = new ReceivedFile(
                List.of(ExchangeFile.original(issue.id())),
                Optional.of(file.sourceLocale()),
                Optional.of(file.targetLocale()),
                filled);
        return apply(actor, issue, publication, target, received);
    }

    /** The unit with its exact match as its target, when it has one that keeps its markup. */
    private static Optional<ReceivedFile.ReceivedUnit> exactMatch(ExchangeUnit unit) {
        return unit.matches().stream()
                .filter(MemoryMatch::isExact)
                .filter(match -> keepsItsMarkup(match.target(), unit.source()))
                .findFirst()
                .map(match -> new ReceivedFile.ReceivedUnit(
                        unit.id().value(),
                        Optional.of(unit.fingerprint()),
                        unit.source(),
                        Optional.of(match.target()),
                        false));
    }

    /**
     * Whether a stored translation's elements are the source's by their order, so that the import, which takes
     * markup from the source by a code's number, keeps the translation's markup (not so when it swapped an emphasis
     * and a link, say: such a match is left for the translator to take by hand).
     */
    private static boolean keepsItsMarkup(InlineText translation, InlineText source) {
        return translation.restoredFrom(source) instanceof InlineText.CodeCheck.Restored restored
                && restored.text().html().equals(translation.html());
    }

    private ImportReport apply(
            Actor actor, Issue issue, Publication publication, LocaleTag target, ReceivedFile received) {
        String source = publication.locales().source().value();
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
        boolean asEditor = importsAsEditor(actor);
        plan.items().forEach((itemId, values) -> {
            ExpectedVersion read = expecting(issue.item(itemId).tag());
            if (asEditor) {
                drafting.reviseItem(
                        actor, itemId, read, Optional.empty(), withLocale(issue.item(itemId), target, values));
            } else {
                drafting.translateItem(actor, itemId, read, target.value(), values);
            }
        });
        plan.rubricTitles().forEach((rubricId, title) -> {
            Rubric rubric = issue.rubric(rubricId);
            Map<LocaleTag, String> titles =
                    new java.util.LinkedHashMap<>(rubric.title().asMap());
            titles.put(target, title);
            drafting.retitleRubric(actor, issue.id(), expecting(issue.tag()), rubricId, TextByLocale.of(titles));
        });
        return new ImportReport(plan.outcomes());
    }

    /**
     * Who may import into the locale now. Translators (and admins) import as they translate: the translation form's
     * rule (role, assignment, the issue in translation). Editors, who do not translate through the form, import while
     * the issue is in translation, as they edit it; their import writes through the editor's path, which records them
     * as a writer of the issue (the four-eyes rule) and the translation as made from the current source.
     */
    private LocaleTag beforeImport(Issue issue, Publication publication, Actor actor, String locale) {
        if (!importsAsEditor(actor)) {
            return workflow.beforeTranslation(issue, actor, locale);
        }
        IssuePermissions.require(actor, issue.stage(), IssueAction.EDIT);
        if (issue.stage() != Stage.IN_TRANSLATION) {
            throw new ContentLocked(issue.stage(), "Translation");
        }
        return target(publication, locale);
    }

    /** An editor who is neither a translator nor an admin imports through the editor's path. */
    private static boolean importsAsEditor(Actor actor) {
        return !actor.isAdmin() && !actor.may(Role.TRANSLATOR) && actor.may(Role.EDITOR);
    }

    /** The item's content with the target locale's values replaced, as an editor's revision writes it. */
    private static JsonObject withLocale(Item item, LocaleTag target, JsonObject values) {
        JsonObject content = item.content();
        return Json.createObjectBuilder(content)
                .add(
                        "localized",
                        Json.createObjectBuilder(content.getJsonObject("localized"))
                                .add(target.value(), values))
                .build();
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
