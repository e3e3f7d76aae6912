package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bulletincms.issue.Issue;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.TranslationProgress;
import org.bulletincms.translation.TranslationRepository;

/**
 * Where the translation of an issue stands, for the translation overview: every target locale of the publication
 * with its translator (so an assignment shows before the issue has items), and the item × locale status. Assigning
 * translators and marking a locale done are {@link EditorialWorkflow}'s.
 */
@ApplicationScoped
@Transactional
public class TranslationBoard {

    /** The target locales in the publication's order, each with its assignment if it has one, and the progress. */
    public record Overview(List<Target> targets, TranslationProgress progress) {}

    /** A target locale and who translates it, if anyone was assigned or marked it done. */
    public record Target(LocaleTag locale, Optional<LocaleAssignment> assignment) {}

    @Inject
    PublicationRepository publications;

    @Inject
    TranslationRepository translations;

    @Inject
    EditorialWorkflow workflow;

    public Overview of(Issue issue) {
        Map<String, LocaleAssignment> assignments = translations.assignments(issue.id()).stream()
                .collect(Collectors.toMap(LocaleAssignment::locale, Function.identity()));
        List<Target> targets = publications.find(issue.publicationId()).orElseThrow().locales().targets().stream()
                .map(target -> new Target(target, Optional.ofNullable(assignments.get(target.value()))))
                .toList();
        return new Overview(targets, workflow.progress(issue));
    }
}
