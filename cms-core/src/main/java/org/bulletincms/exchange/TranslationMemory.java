package org.bulletincms.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.concurrency.ExpectedVersion;
import org.bulletincms.concurrency.VersionTag;
import org.bulletincms.drafting.NotFound;
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
 * The translation memory: every text of a published issue with its up-to-date translation, per locale pair (the
 * publication's source locale and each target locale), with the issue and unit it came from, and what editors bring
 * in from TMX files. Kept in step with publishing: publishing (again, after a correction) queues the issue in its
 * transaction ({@link MemoryRecording}) and a worker records its texts just after the commit, replacing the issue's
 * entries (a publish does not wait for it: recording a 50-item issue's texts cost a quarter of a publish);
 * unpublishing removes them in its own transaction. It offers a segment exact matches (the same
 * source text) and near matches ({@link Similarity}, found through the {@link NearCandidates} prefilter); editors
 * correct and delete entries. See docs/translation-exchange.md.
 */
@ApplicationScoped
public class TranslationMemory {

    /** Hibernate's value of {@code jakarta.persistence.lock.timeout} for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

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

    @Inject
    ExchangeLimits limits;

    /**
     * In the publishing transaction: the issue's texts are to be recorded once the publication commits
     * ({@link #record(UUID)}), so a publish never waits for the memory, and a crash in between loses nothing.
     */
    void queue(@Observes IssuePublished published) {
        MemoryRecording pending = em.find(MemoryRecording.class, published.issueId(), LockModeType.PESSIMISTIC_WRITE);
        if (pending == null) {
            em.persist(new MemoryRecording(published.issueId(), published.edition(), published.at()));
        } else {
            pending.republished(published.edition(), published.at());
        }
    }

    /** The issues whose published texts are still to be recorded, oldest publication first. */
    @Transactional
    public List<UUID> queued() {
        return em.createQuery(
                        "select r.issueId from MemoryRecording r where r.attempts < :max order by r.publishedAt",
                        UUID.class)
                .setParameter("max", MemoryRecording.MAX_ATTEMPTS)
                .getResultList();
    }

    /**
     * Records the published texts of a {@link #queued} issue, replacing the entries of its earlier editions, in a
     * transaction of its own that deletes the issue's row of the queue. The row is taken with a lock that skips
     * rows already locked: another node recording the same issue, or a publication or unpublication of it being
     * committed, makes this call answer false and leaves the row to them (unpublishing deletes it; publishing
     * again points it at the new edition). Answers whether this call recorded the issue.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(UUID issueId) {
        List<MemoryRecording> pending = em.createQuery(
                        "select r from MemoryRecording r where r.issueId = :i", MemoryRecording.class)
                .setParameter("i", issueId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        if (pending.isEmpty()) {
            return false;
        }
        MemoryRecording recording = pending.get(0);
        record(issues.find(issueId).orElseThrow(), recording.publishedAt());
        em.remove(recording);
        return true;
    }

    /** A recording of the issue failed: counted, so that an issue that fails every time stops being tried. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordingFailed(UUID issueId) {
        Optional.ofNullable(em.find(MemoryRecording.class, issueId)).ifPresent(MemoryRecording::failed);
    }

    private void record(Issue issue, Instant publishedAt) {
        forget(issue.id());
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
                            .forEach(unit -> {
                                em.persist(new MemoryEntry(
                                        source,
                                        target.value(),
                                        unit.fingerprint(),
                                        stored(unit.source(), unit.source()),
                                        stored(unit.target().orElseThrow(), unit.source()),
                                        unit.source().hasCodes(),
                                        Optional.of(issue.id()),
                                        unit.id().value(),
                                        publishedAt));
                                recordParagraphs(unit, source, target.value(), issue.id(), publishedAt);
                            });
        }
    }

    /**
     * A rich text of several paragraphs is also recorded paragraph by paragraph ({@code <unit>#<n>}), when its
     * translation has as many paragraphs of the same kinds: a paragraph is then offered on its own, to a text of one
     * paragraph or to a paragraph of a longer text.
     */
    private void recordParagraphs(ExchangeUnit unit, String source, String target, UUID issue, Instant at) {
        List<InlineText> from = unit.source().paragraphs();
        List<InlineText> to = unit.target().orElseThrow().paragraphs();
        if (from.isEmpty() || from.size() != to.size()) {
            return;
        }
        for (int i = 0; i < from.size(); i++) {
            if (!from.get(i)
                    .fragments()
                    .get(0)
                    .html()
                    .equals(to.get(i).fragments().get(0).html())) {
                return;
            }
        }
        for (int i = 0; i < from.size(); i++) {
            String paragraph = from.get(i).html();
            em.persist(new MemoryEntry(
                    source,
                    target,
                    IssueTexts.fingerprintOfHtml(paragraph),
                    paragraph,
                    to.get(i).html(),
                    true,
                    Optional.of(issue),
                    unit.id().value() + "#" + (i + 1),
                    at));
        }
    }

    /**
     * In the unpublishing transaction: the issue's entries leave the memory, and a recording still queued is
     * dropped. The queue's row goes first: deleting it waits for a recording of the issue being committed, so the
     * entries that recording wrote are deleted too.
     */
    void forget(@Observes IssueUnpublished unpublished) {
        em.createQuery("delete from MemoryRecording r where r.issueId = :i")
                .setParameter("i", unpublished.issueId())
                .executeUpdate();
        forget(unpublished.issueId());
    }

    private void forget(UUID issueId) {
        em.createQuery("delete from MemoryEntry e where e.issueId = :i")
                .setParameter("i", issueId)
                .executeUpdate();
    }

    /** One entry of the memory, for editors and admins to read before they correct or delete it. */
    public MemoryEntryView entry(Actor actor, UUID id) {
        return MemoryEntryView.of(find(actor, id));
    }

    private MemoryEntry find(Actor actor, UUID id) {
        requireEditor(actor);
        return em.createQuery("select e from MemoryEntry e where e.id = :id", MemoryEntry.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound(NotFound.What.MEMORY_ENTRY, id));
    }

    /**
     * Corrects an entry's translation (editors, admins), if it is still the version the editor read. A rich-text
     * translation keeps the source's markup: the correction's elements are matched to the source's by their order
     * and take the source's markup, so a correction can move words but not bring markup of its own. The correction
     * lasts until the issue the entry came from is published again, which records its translation afresh.
     *
     * @param translation plain text, or HTML for a rich-text entry
     */
    @Transactional
    public MemoryEntryView correct(Actor actor, UUID id, ExpectedVersion expected, String translation) {
        MemoryEntry entry = find(actor, id);
        expected.require(tag(entry));
        if ((entry.isRichText() ? InlineText.fromHtml(translation).words() : translation).isBlank()) {
            throw InvalidMemoryCorrection.empty();
        }
        if (entry.isRichText()) {
            InlineText.CodeCheck codes = InlineText.fromHtml(translation).restoredFrom(entry.sourceInline());
            if (codes instanceof InlineText.CodeCheck.Unbalanced) {
                throw InvalidMemoryCorrection.unbalanced(
                        InlineText.fromHtml(translation).codeList());
            }
            if (codes instanceof InlineText.CodeCheck.Mismatched mismatch) {
                throw InvalidMemoryCorrection.mismatched(
                        mismatch.found().isEmpty() ? "—" : mismatch.found(),
                        mismatch.expected().isEmpty() ? "—" : mismatch.expected());
            }
            entry.correct(((InlineText.CodeCheck.Restored) codes).text().html());
        } else {
            entry.correct(translation);
        }
        em.flush();
        return MemoryEntryView.of(entry);
    }

    /** Deletes an entry (editors, admins), if it is still the version the editor read. */
    @Transactional
    public void delete(Actor actor, UUID id, ExpectedVersion expected) {
        MemoryEntry entry = find(actor, id);
        expected.require(tag(entry));
        em.remove(entry);
    }

    /** The memory of a locale pair, oldest first, for a TMX export (editors, admins). */
    public List<MemoryEntry> ofPair(Actor actor, String source, String target) {
        requireEditor(actor);
        return em.createQuery(
                        "select e from MemoryEntry e where e.sourceLocale = :s and e.targetLocale = :t"
                                + " order by e.recordedAt, e.id",
                        MemoryEntry.class)
                .setParameter("s", source)
                .setParameter("t", target)
                .getResultList();
    }

    /**
     * Brings a TMX file's translation units into the memory of a locale pair (editors, admins), each one
     * {@code applied} (a new entry), {@code unchanged} (the pair has this source and translation already) or
     * {@code refused} with the reasons; see {@link TmxUnits} for the rules. A file that cannot be read is refused
     * whole before anything is written; what is applied is applied in one transaction.
     */
    @Transactional
    public ImportReport importTmx(Actor actor, String source, String target, InputStream file) {
        requireEditor(actor);
        ReceivedMemory received = new TmxReader(limits.maxBytes()).read(file);
        List<ImportReport.UnitOutcome> outcomes = new ArrayList<>();
        Instant now = Instant.now();
        for (ReceivedMemory.Tu tu : received.units()) {
            TmxUnits.Checked checked = TmxUnits.check(tu, source, target);
            if (checked instanceof TmxUnits.Refused refused) {
                outcomes.add(ImportReport.UnitOutcome.refused(tu.id(), refused.reasons()));
            } else if (checked instanceof TmxUnits.Pair pair) {
                String fingerprint = pair.fingerprint();
                boolean known = !em.createQuery(
                                "select e.id from MemoryEntry e where e.sourceLocale = :s and e.targetLocale = :t"
                                        + " and e.sourceFingerprint = :f and e.targetText = :x",
                                UUID.class)
                        .setParameter("s", source)
                        .setParameter("t", target)
                        .setParameter("f", fingerprint)
                        .setParameter("x", pair.target())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
                if (known) {
                    outcomes.add(ImportReport.UnitOutcome.of(tu.id(), ImportReport.Outcome.UNCHANGED));
                } else {
                    em.persist(new MemoryEntry(
                            source,
                            target,
                            fingerprint,
                            pair.source(),
                            pair.target(),
                            pair.richText(),
                            Optional.empty(),
                            "tmx:" + shortened(tu.id()),
                            now));
                    outcomes.add(ImportReport.UnitOutcome.of(tu.id(), ImportReport.Outcome.APPLIED));
                }
            }
        }
        return new ImportReport(outcomes);
    }

    /** A tuid as long as the memory's unit column holds (300, with the {@code tmx:} before it). */
    private static String shortened(String tuid) {
        return tuid.codePointCount(0, tuid.length()) <= 200 ? tuid : tuid.substring(0, tuid.offsetByCodePoints(0, 200));
    }

    /** The entry's version as an unquoted entity tag: what {@code If-Match} names. */
    public static String tag(MemoryEntry entry) {
        return VersionTag.of(entry.id(), entry.version());
    }

    private static void requireEditor(Actor actor) {
        if (!actor.may(Role.EDITOR)) {
            throw new NotPermitted("role", actor.username() + " may not change the translation memory");
        }
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
                                + " and e.sourceFingerprint in :f and (e.issueId is null or e.issueId <> :x)",
                        MemoryEntry.class)
                .setParameter("s", source)
                .setParameter("t", target)
                .setParameter("f", fingerprints)
                .setParameter("x", excluded)
                .getResultList();
        Map<String, MemoryMatch> newest = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing(MemoryEntry::recordedAt).reversed())
                .forEach(entry -> newest.putIfAbsent(entry.sourceFingerprint(), match(entry, MemoryMatch.EXACT)));
        return newest;
    }

    /**
     * The near matches of a segment in the locale pair, from other issues: entries the prefilter
     * ({@link NearCandidates}) finds whose {@link Similarity} to the segment's words is at least the threshold,
     * most similar first (newest first among equals), at most {@code limit}. A near match is at most 99 per cent:
     * 100 is an exact match's, the same source text (markup included).
     */
    public List<MemoryMatch> nearMatches(
            String source, String target, InlineText segment, String fingerprint, UUID excluded, int limit) {
        String words = segment.words();
        SourceSketch sketch = SourceSketch.of(words);
        Query query = em.createNativeQuery(NearCandidates.sql(sketch));
        List<Object> parameters = NearCandidates.parameters(source, target, excluded, fingerprint, sketch);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<UUID, Integer> similar = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            String text = (String) columns[1];
            String candidate =
                    Boolean.TRUE.equals(columns[2]) ? InlineText.fromHtml(text).words() : text;
            Similarity.atLeast(words, candidate, Similarity.NEAR_MATCH_THRESHOLD)
                    .ifPresent(percent -> similar.put(uuid(columns[0]), Math.min(percent, MemoryMatch.EXACT - 1)));
        }
        if (similar.isEmpty()) {
            return List.of();
        }
        List<MemoryEntry> entries = em.createQuery("select e from MemoryEntry e where e.id in :ids", MemoryEntry.class)
                .setParameter("ids", similar.keySet())
                .getResultList();
        // the newest of the entries with the same source and translation (a text published in several issues)
        Map<List<String>, MemoryMatch> near = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing(MemoryEntry::recordedAt).reversed())
                .forEach(entry -> near.putIfAbsent(
                        List.of(entry.sourceText(), entry.targetText()), match(entry, similar.get(entry.id()))));
        return near.values().stream()
                .sorted(Comparator.comparingInt(MemoryMatch::similarity).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * An id column of a native query: the drivers give a UUID (PostgreSQL), or the 16 bytes Hibernate reads an H2
     * uuid column as when it knows no type for it.
     */
    private static UUID uuid(Object column) {
        if (column instanceof UUID id) {
            return id;
        }
        if (column instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(column.toString());
    }

    private static MemoryMatch match(MemoryEntry entry, int similarity) {
        return new MemoryMatch(
                entry.id(), similarity, entry.sourceInline(), entry.targetInline(), entry.issueId(), entry.unitId());
    }

    /** A unit's text as stored: HTML when its source has markup (rich text), the words otherwise. */
    private static String stored(InlineText text, InlineText source) {
        return source.hasCodes() ? text.html() : text.words();
    }
}
