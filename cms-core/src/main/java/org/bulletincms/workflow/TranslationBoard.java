package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.translation.ItemLocaleStatus;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.TranslationProgress;
import org.bulletincms.translation.TranslationRepository;

/**
 * Where the translation of an issue stands, for the translation overview: every target locale of the publication
 * with its translator (so an assignment shows before the issue has items), and the item × locale status; and the two
 * writes made from it, assigning a translator and marking a locale done (decided by {@link EditorialWorkflow}). Each
 * call is its own transaction and answers with the overview as it is after it; empty when there is no such issue.
 */
@ApplicationScoped
@Transactional
public class TranslationBoard {

    /** The target locales in the publication's order, and the items translators work on. */
    public record Overview(List<Target> targets, List<ItemProgress> items) {

        public Overview {
            targets = List.copyOf(targets);
            items = List.copyOf(items);
        }
    }

    /**
     * A target locale, who translates it and whether it is done; people by their current user names.
     *
     * @param doneBy who marked the locale done, while it is
     */
    public record Target(LocaleTag locale, Optional<String> translator, boolean done, Optional<String> doneBy) {}

    /**
     * An item on the translators' work list (an item written once, the same in every locale, is not on it), with its
     * status in each target locale.
     */
    public record ItemProgress(UUID item, String sectionType, List<ItemLocaleStatus> cells) {

        public ItemProgress {
            cells = List.copyOf(cells);
        }
    }

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    TranslationRepository translations;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    Accounts accounts;

    Clock clock = Clock.systemUTC();

    public Optional<Overview> of(UUID issueId) {
        return issues.find(issueId).map(this::overview);
    }

    /** Assigns a translator, named by user name, to one target locale of the issue. */
    public Optional<Overview> assign(UUID issueId, String locale, String username, Actor actor) {
        return issues.find(issueId).map(issue -> {
            workflow.assignTranslator(issue, locale, username, actor, clock.instant());
            return overview(issue);
        });
    }

    /** The translator says a locale is complete; refused while any item of it is missing or outdated. */
    public Optional<Overview> markDone(UUID issueId, String locale, Actor actor) {
        return issues.find(issueId).map(issue -> {
            workflow.markLocaleDone(issue, locale, actor, clock.instant());
            return overview(issue);
        });
    }

    private Overview overview(Issue issue) {
        Map<String, LocaleAssignment> assignments = translations.assignments(issue.id()).stream()
                .collect(Collectors.toMap(LocaleAssignment::locale, Function.identity()));
        List<Target> targets = publications.find(issue.publicationId()).orElseThrow().locales().targets().stream()
                .map(target -> target(target, Optional.ofNullable(assignments.get(target.value()))))
                .toList();
        TranslationProgress progress = workflow.progress(issue);
        List<ItemProgress> items = issue.items().stream()
                .filter(item -> progress.needsTranslation(item.id()))
                .map(item -> new ItemProgress(
                        item.id(),
                        item.sectionType(),
                        progress.cells().stream()
                                .filter(cell -> cell.itemId().equals(item.id()))
                                .toList()))
                .toList();
        return new Overview(targets, items);
    }

    private Target target(LocaleTag locale, Optional<LocaleAssignment> assignment) {
        return new Target(
                locale,
                assignment.flatMap(LocaleAssignment::translator).map(accounts::shownName),
                assignment.map(LocaleAssignment::isDone).orElse(false),
                assignment.flatMap(LocaleAssignment::doneBy).map(accounts::shownName));
    }
}
