package org.bulletincms.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.translation.ItemTranslation;
import org.bulletincms.translation.TranslationRepository;
import org.bulletincms.workflow.IssuePublished;
import org.bulletincms.workflow.IssueUnpublished;

/**
 * The translation memory, first part: every text of a published issue with its up-to-date translation, per locale
 * pair (the publication's source locale and each target locale), with the issue and unit it came from. Kept in step
 * with publishing inside the publishing transaction: publishing (again, after a correction) replaces the issue's
 * entries, unpublishing removes them. An export offers each unit the exact matches published in other issues.
 */
@ApplicationScoped
public class TranslationMemory {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    TranslationRepository translations;

    @Inject
    InstalledSectionTypes sectionTypes;

    void record(@Observes IssuePublished published) {
        forget(published.issueId());
        Issue issue = issues.find(published.issueId()).orElseThrow();
        Publication publication = publications.find(issue.publicationId()).orElseThrow();
        String source = publication.locales().source().value();
        List<UUID> itemIds = issue.items().stream().map(Item::id).toList();
        List<ItemTranslation> records = translations.ofItems(itemIds);
        for (LocaleTag target : publication.locales().targets()) {
            Map<UUID, ItemTranslation> inTarget = records.stream()
                    .filter(translation -> translation.locale().equals(target.value()))
                    .collect(Collectors.toMap(ItemTranslation::itemId, translation -> translation));
            new IssueTexts(source, target.value(), sectionTypes::find, inTarget, false)
                    .of(issue).stream()
                            .filter(unit ->
                                    unit.target().isPresent() && unit.state() != ExchangeUnit.TargetState.INITIAL)
                            .forEach(unit -> em.persist(new MemoryEntry(
                                    source,
                                    target.value(),
                                    unit.fingerprint(),
                                    stored(unit.source(), unit.source()),
                                    stored(unit.target().orElseThrow(), unit.source()),
                                    unit.source().hasCodes(),
                                    issue.id(),
                                    unit.id(),
                                    published.at())));
        }
    }

    void forget(@Observes IssueUnpublished unpublished) {
        forget(unpublished.issueId());
    }

    private void forget(UUID issueId) {
        em.createQuery("delete from MemoryEntry e where e.issueId = :i")
                .setParameter("i", issueId)
                .executeUpdate();
    }

    /**
     * For each fingerprint, the newest entry of the locale pair published in another issue than {@code excluded}
     * (an issue's own texts are its targets already).
     */
    public Map<String, MemoryMatch> exactMatches(
            String source, String target, Collection<String> fingerprints, UUID excluded) {
        if (fingerprints.isEmpty()) {
            return Map.of();
        }
        List<MemoryEntry> entries = em.createQuery(
                        "select e from MemoryEntry e where e.sourceLocale = :s and e.targetLocale = :t"
                                + " and e.sourceFingerprint in :f and e.issueId <> :x",
                        MemoryEntry.class)
                .setParameter("s", source)
                .setParameter("t", target)
                .setParameter("f", fingerprints)
                .setParameter("x", excluded)
                .getResultList();
        Map<String, MemoryMatch> newest = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing(MemoryEntry::recordedAt).reversed())
                .forEach(entry -> newest.putIfAbsent(entry.sourceFingerprint(), match(entry)));
        return newest;
    }

    private static MemoryMatch match(MemoryEntry entry) {
        boolean rich = entry.isRichText();
        return new MemoryMatch(
                rich ? InlineText.fromHtml(entry.sourceText()) : InlineText.plain(entry.sourceText()),
                rich ? InlineText.fromHtml(entry.targetText()) : InlineText.plain(entry.targetText()),
                entry.issueId(),
                entry.unitId());
    }

    /** A unit's text as stored: HTML when its source has markup (rich text), the words otherwise. */
    private static String stored(InlineText text, InlineText source) {
        return source.hasCodes() ? text.html() : text.words();
    }
}
