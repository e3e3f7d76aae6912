package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.workflow.IssuePublished;
import org.bulletincms.workflow.IssueUnpublished;
import org.bulletincms.workflow.PublishedEdition;

/**
 * Compiles every delivery document of an edition in the transaction that publishes it, so the documents commit
 * or roll back with the publication: the issue in each locale of its snapshot (and, in the source locale, the
 * variant that says the requested locale fell back) under its edition, its year/number and its cumulative
 * number; every item in each locale; the issue's entry in the issue list; the first page of the list in the
 * default page size and the Atom feed, in each locale of the publication; the list of publications; and the
 * issue's web page and e-mail edition in each locale ({@link WebEditionPage}, {@link EmailEdition}), made from
 * the snapshot like the JSON. The print PDFs take too long for the transaction: it queues a job per locale
 * ({@link PrintJobs}) that makes them just after the commit.
 * Unpublishing removes every document of the issue and recompiles the lists and feeds. Each raises the delivery
 * generation, by which every node knows its in-memory copies are stale.
 *
 * <p>Edition documents are written once and never again: an edition URL keeps its bytes. The other documents of
 * an issue and of its publication are replaced only when their bytes change, and those a correction no longer
 * produces (a removed item) are removed.
 */
@ApplicationScoped
public class EditionCompiler {

    /** How long a removal is remembered for nodes that have not looked yet. */
    static final Duration REMOVALS_KEPT = Duration.ofDays(1);

    /** Publications listed in the list of publications are not documents of one publication. */
    static final UUID NO_PUBLICATION = new UUID(0, 0);

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    PublicationRepository publications;

    @Inject
    PublishedIssues published;

    @Inject
    CompiledDocuments documents;

    @Inject
    ConfiguredPublicBaseUrl publicBaseUrl;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    PrintJobs printJobs;

    void compile(@Observes IssuePublished event) {
        PublishedEdition edition = em.createQuery(
                        "select e from PublishedEdition e where e.issueId = :i" + " and e.edition = :n",
                        PublishedEdition.class)
                .setParameter("i", event.issueId())
                .setParameter("n", event.edition())
                .getSingleResult();
        Publication publication = publications.find(event.publicationId()).orElseThrow();
        Instant now = Clock.systemUTC().instant();
        long generation = documents.raiseGeneration();
        compileEdition(edition, publication, true, generation, now);
        compileLists(publication, generation, now);
        documents.pruneRemovals(now.minus(REMOVALS_KEPT));
    }

    void remove(@Observes IssueUnpublished event) {
        Instant now = Clock.systemUTC().instant();
        long generation = documents.raiseGeneration();
        printJobs.cancel(event.issueId());
        for (CompiledDocument document : documents.ofIssue(event.issueId())) {
            documents.remove(document, generation, now);
        }
        compileLists(publications.find(event.publicationId()).orElseThrow(), generation, now);
    }

    /**
     * The published editions that have no documents yet: editions published
     * before this release, or rows cloned in SQL; each is compiled by {@link #compileUncompiled}.
     */
    @Transactional
    public List<UUID> uncompiledEditions() {
        return em.createQuery(
                        "select e.id from PublishedEdition e where " + PublishedIssues.VISIBLE
                                + " and not exists (select d.docKey from CompiledDocument d where d.issueId = e.issueId"
                                + " and d.edition = e.edition and d.kind = :k)",
                        UUID.class)
                .setParameter("k", DocumentKind.ISSUE_EDITION.code())
                .getResultList();
    }

    /**
     * The latest editions that have their JSON documents but no web page: compiled by a release before web pages
     * were; each is compiled again by {@link #compileUncompiled}, which adds the pages and leaves the other
     * documents' bytes as they are.
     */
    @Transactional
    public List<UUID> editionsWithoutWebPage() {
        return em.createQuery(
                        "select e.id from PublishedEdition e where " + PublishedIssues.VISIBLE
                                + " and e.edition = (select max(x.edition) from PublishedEdition x"
                                + " where x.issueId = e.issueId)"
                                + " and exists (select d.docKey from CompiledDocument d where d.issueId = e.issueId"
                                + " and d.kind = :compiled)"
                                + " and not exists (select p.docKey from CompiledDocument p"
                                + " where p.issueId = e.issueId and p.kind = :page)",
                        UUID.class)
                .setParameter("compiled", DocumentKind.ISSUE_LATEST.code())
                .setParameter("page", DocumentKind.WEB_PAGE.code())
                .getResultList();
    }

    /** Compiles one edition found by {@link #uncompiledEditions()}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void compileUncompiled(UUID editionId) {
        Optional<PublishedEdition> edition = published.find(editionId);
        if (edition.isEmpty()) {
            return;
        }
        Publication publication =
                publications.find(edition.get().publicationId()).orElseThrow();
        boolean latest = published
                .latestOf(edition.get().issueId())
                .map(current -> current.id().equals(editionId))
                .orElse(false);
        Instant now = Clock.systemUTC().instant();
        long generation = documents.raiseGeneration();
        compileEdition(edition.get(), publication, latest, generation, now);
        compileLists(publication, generation, now);
    }

    /**
     * Publications with published issues but no compiled feed: those whose editions were all compiled by a
     * release before feeds were compiled; each is compiled by {@link #compileLists(UUID)}.
     */
    @Transactional
    public List<UUID> publicationsWithoutFeed() {
        return em.createQuery(
                        "select distinct e.publicationId from PublishedEdition e where " + PublishedIssues.VISIBLE
                                + " and not exists (select d.docKey from CompiledDocument d"
                                + " where d.publicationId = e.publicationId and d.kind = :k)",
                        UUID.class)
                .setParameter("k", DocumentKind.FEED.code())
                .getResultList();
    }

    /** Compiles the lists and feeds of a publication found by {@link #publicationsWithoutFeed()}, on their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void compileLists(UUID publicationId) {
        compileLists(
                publications.find(publicationId).orElseThrow(),
                documents.raiseGeneration(),
                Clock.systemUTC().instant());
    }

    private void compileEdition(
            PublishedEdition edition, Publication publication, boolean latest, long generation, Instant now) {
        JsonObject snapshot = DeliveryShapes.parse(edition.snapshot());
        List<CompiledDocument.Draft> pinned = new ArrayList<>();
        List<CompiledDocument.Draft> current = new ArrayList<>();
        LocaleTag source = publication.locales().source();
        List<LocaleTag> locales = localesOf(snapshot, publication);
        for (LocaleTag locale : locales) {
            // Shaped once per locale: the issue document and each of its items served alone come from it.
            DeliveredIssue rendered = DeliveryShapes.issue(snapshot, publication, locale, false);
            issue(edition, publication, rendered, locale, false, pinned, current);
            if (locale.equals(source)) {
                issue(
                        edition,
                        publication,
                        DeliveryShapes.issue(snapshot, publication, locale, true),
                        locale,
                        true,
                        pinned,
                        current);
            }
            DeliveryShapes.items(rendered)
                    .forEach((item, json) -> current.add(json(
                            DocumentKey.item(publication.id(), item, locale),
                            DocumentKind.ITEM,
                            edition,
                            locale,
                            json)));
            int year = edition.number().year();
            int number = edition.number().numberInYear();
            UUID p = publication.id();
            current.add(rendering(
                    DocumentKey.webPage(p, year, number, locale),
                    DocumentKind.WEB_PAGE,
                    edition,
                    locale,
                    DeliveryFormat.HTML,
                    WebEditionPage.of(snapshot, publication, locale, sectionTypes)));
            EmailEdition.Message email =
                    EmailEdition.of(snapshot, publication, locale, sectionTypes, publicBaseUrl.get());
            current.add(rendering(
                    DocumentKey.emailHtml(p, year, number, locale),
                    DocumentKind.EMAIL_HTML,
                    edition,
                    locale,
                    DeliveryFormat.HTML,
                    email.html()));
            current.add(rendering(
                    DocumentKey.emailText(p, year, number, locale),
                    DocumentKind.EMAIL_TEXT,
                    edition,
                    locale,
                    DeliveryFormat.TEXT,
                    email.text()));
            current.add(json(
                    DocumentKey.listEntry(publication.id(), edition.issueId(), locale),
                    DocumentKind.LIST_ENTRY,
                    edition,
                    locale,
                    DeliveryShapes.listEntry(edition, snapshot, publication, locale)));
            feedEntry(edition, publication, snapshot, locale).ifPresent(current::add);
        }
        for (CompiledDocument.Draft draft : pinned) {
            if (documents.find(draft.key()).isEmpty()) {
                documents.add(new CompiledDocument(draft, generation, now));
            }
        }
        if (latest) {
            Map<String, CompiledDocument> stale = new HashMap<>();
            documents
                    .recompilable(edition.issueId())
                    .forEach(document -> stale.put(document.key().value(), document));
            for (CompiledDocument.Draft draft : current) {
                CompiledDocument existing = stale.remove(draft.key().value());
                if (existing == null) {
                    documents.add(new CompiledDocument(draft, generation, now));
                } else {
                    existing.recompile(draft, generation, now);
                }
            }
            for (CompiledDocument gone : stale.values()) {
                documents.remove(gone, generation, now);
            }
            // The PDFs take about a second each: made just after the commit, by a job written in this transaction.
            printJobs.queue(edition, locales, now);
        }
    }

    /** The edition's entry in its publication's feed in one locale, if its snapshot has the locale. */
    private Optional<CompiledDocument.Draft> feedEntry(
            PublishedEdition edition, Publication publication, JsonObject snapshot, LocaleTag locale) {
        return AtomFeed.entry(publication, locale, edition, snapshot, publicBaseUrl.get())
                .map(entry -> rendering(
                        DocumentKey.feedEntry(publication.id(), edition.issueId(), locale),
                        DocumentKind.FEED_ENTRY,
                        edition,
                        locale,
                        DeliveryFormat.ATOM,
                        entry.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The compiled feed entries of these issues in one locale, in their order. An issue compiled by a release
     * before feed entries has none: its entry is compiled from its snapshot now, and kept.
     */
    private List<String> feedEntries(
            Publication publication,
            LocaleTag locale,
            List<PublishedIssues.Listed> issues,
            long generation,
            Instant now) {
        List<String> keys = issues.stream()
                .map(issue -> DocumentKey.feedEntry(publication.id(), issue.issueId(), locale)
                        .value())
                .toList();
        Map<String, byte[]> compiled = documents.bodies(keys);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            byte[] body = compiled.get(keys.get(i));
            if (body == null) {
                Optional<CompiledDocument.Draft> late = published
                        .latestOf(issues.get(i).issueId())
                        .flatMap(edition ->
                                feedEntry(edition, publication, DeliveryShapes.parse(edition.snapshot()), locale));
                late.ifPresent(draft -> documents.add(new CompiledDocument(draft, generation, now)));
                body = late.map(CompiledDocument.Draft::body).orElse(null);
            }
            if (body != null) {
                entries.add(new String(body, StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** The issue in one locale (or its fall-back variant) under its three addresses; the same bytes and tag. */
    private static void issue(
            PublishedEdition edition,
            Publication publication,
            DeliveredIssue shaped,
            LocaleTag locale,
            boolean fallback,
            List<CompiledDocument.Draft> pinned,
            List<CompiledDocument.Draft> current) {
        byte[] body = DeliveryJson.bytes(shaped);
        // The tag the API has always sent for an edition: it names the edition, the locale and the variant.
        String etag = DocumentTag.of(edition.id(), locale, fallback);
        UUID p = publication.id();
        int year = edition.number().year();
        int number = edition.number().numberInYear();
        pinned.add(draft(
                DocumentKey.issueEdition(p, year, number, edition.edition(), locale, fallback),
                DocumentKind.ISSUE_EDITION,
                edition,
                locale,
                etag,
                body));
        current.add(draft(
                DocumentKey.latestIssue(p, year, number, locale, fallback),
                DocumentKind.ISSUE_LATEST,
                edition,
                locale,
                etag,
                body));
        current.add(draft(
                DocumentKey.cumulativeIssue(p, edition.number().cumulative(), locale, fallback),
                DocumentKind.ISSUE_CUMULATIVE,
                edition,
                locale,
                etag,
                body));
    }

    /**
     * The first {@link DeliveryFormat#COMPILED_PAGES} pages of the issue list and the feed in every locale, and the
     * list of publications.
     */
    private void compileLists(Publication publication, long generation, Instant now) {
        // The lists read what this transaction wrote (the new edition, its list and feed entries): flushed once here,
        // then their dozen queries run without flushing. Each automatic flush dirty-checked every entity of the
        // publication in the persistence context (about 1,850 for a 50-item issue): 10 % of a publish's CPU.
        em.flush();
        FlushModeType before = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            compileListsFlushed(publication, generation, now);
        } finally {
            em.setFlushMode(before);
        }
    }

    /** {@link #compileLists}, with nothing of this transaction left unflushed that its queries would need. */
    private void compileListsFlushed(Publication publication, long generation, Instant now) {
        Map<String, CompiledDocument> stale = new HashMap<>();
        documents
                .listsOf(publication.id())
                .forEach(document -> stale.put(document.key().value(), document));
        List<PublishedIssues.Listed> latest = published.newestListed(publication.id(), AtomFeed.ENTRIES);
        for (LocaleTag locale : publication.locales().all()) {
            if (!latest.isEmpty()) {
                String feed = AtomFeed.of(
                        publication,
                        locale,
                        feedEntries(publication, locale, latest, generation, now),
                        latest.stream()
                                .map(PublishedIssues.Listed::publishedAt)
                                .max(Instant::compareTo)
                                .orElseThrow(),
                        publicBaseUrl.get());
                upsert(
                        stale,
                        listDocument(
                                DocumentKey.feed(publication.id(), locale),
                                DocumentKind.FEED,
                                publication,
                                locale,
                                DeliveryFormat.ATOM,
                                DocumentTag.of(feed),
                                feed.getBytes(StandardCharsets.UTF_8)),
                        generation,
                        now);
            }
            long total = documents.countEntries(publication.id(), locale);
            long pages = Math.min(
                    DeliveryFormat.COMPILED_PAGES,
                    (total + DeliveryFormat.DEFAULT_PAGE_SIZE - 1) / DeliveryFormat.DEFAULT_PAGE_SIZE);
            for (int number = 1; number <= pages; number++) {
                byte[] page = DeliveryShapes.issuePage(
                        publication,
                        locale,
                        number,
                        DeliveryFormat.DEFAULT_PAGE_SIZE,
                        total,
                        documents.entries(
                                publication.id(),
                                locale,
                                (number - 1) * DeliveryFormat.DEFAULT_PAGE_SIZE,
                                DeliveryFormat.DEFAULT_PAGE_SIZE));
                upsert(
                        stale,
                        listDocument(
                                DocumentKey.issuePage(publication.id(), number, locale),
                                DocumentKind.ISSUE_PAGE,
                                publication,
                                locale,
                                DeliveryFormat.JSON,
                                DocumentTag.of(new String(page, StandardCharsets.UTF_8)),
                                page),
                        generation,
                        now);
            }
        }
        for (CompiledDocument gone : stale.values()) {
            documents.remove(gone, generation, now);
        }
        List<PublicationListing> list = new ArrayList<>();
        for (UUID id : published.publicationsWithIssues()) {
            publications.find(id).map(DeliveryShapes::describe).ifPresent(list::add);
        }
        byte[] body = DeliveryJson.bytes(new PublicationList(list));
        upsert(
                new HashMap<>(),
                new CompiledDocument.Draft(
                        DocumentKey.publications(),
                        DocumentKind.PUBLICATIONS,
                        NO_PUBLICATION,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        DeliveryFormat.JSON,
                        DocumentTag.of(new String(body, StandardCharsets.UTF_8)),
                        body),
                generation,
                now);
    }

    private static CompiledDocument.Draft listDocument(
            DocumentKey key,
            DocumentKind kind,
            Publication publication,
            LocaleTag locale,
            String mediaType,
            String etag,
            byte[] body) {
        return new CompiledDocument.Draft(
                key,
                kind,
                publication.id(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(locale),
                mediaType,
                etag,
                body);
    }

    private void upsert(
            Map<String, CompiledDocument> stale, CompiledDocument.Draft draft, long generation, Instant now) {
        CompiledDocument existing = stale.remove(draft.key().value());
        if (existing == null) {
            existing = documents.find(draft.key()).orElse(null);
        }
        if (existing == null) {
            documents.add(new CompiledDocument(draft, generation, now));
        } else {
            existing.recompile(draft, generation, now);
        }
    }

    /** The publication's locales the snapshot was made in (a locale added later has no documents). */
    private static List<LocaleTag> localesOf(JsonObject snapshot, Publication publication) {
        JsonObject locales = snapshot.getJsonObject("locales");
        return publication.locales().all().stream()
                .filter(locale -> locales.containsKey(locale.value()))
                .toList();
    }

    private static CompiledDocument.Draft json(
            DocumentKey key, DocumentKind kind, PublishedEdition edition, LocaleTag locale, Record document) {
        byte[] body = DeliveryJson.bytes(document);
        return draft(key, kind, edition, locale, DocumentTag.of(new String(body, StandardCharsets.UTF_8)), body);
    }

    /** A rendering of the issue for readers (web page, e-mail), tagged by its bytes. */
    private static CompiledDocument.Draft rendering(
            DocumentKey key,
            DocumentKind kind,
            PublishedEdition edition,
            LocaleTag locale,
            String mediaType,
            byte[] body) {
        return new CompiledDocument.Draft(
                key,
                kind,
                edition.publicationId(),
                Optional.of(edition.issueId()),
                Optional.of(edition.edition()),
                Optional.of(edition.number().year()),
                Optional.of(edition.number().numberInYear()),
                Optional.of(locale),
                mediaType,
                DocumentTag.of(new String(body, StandardCharsets.UTF_8)),
                body);
    }

    private static CompiledDocument.Draft draft(
            DocumentKey key, DocumentKind kind, PublishedEdition edition, LocaleTag locale, String etag, byte[] body) {
        return new CompiledDocument.Draft(
                key,
                kind,
                edition.publicationId(),
                Optional.of(edition.issueId()),
                Optional.of(edition.edition()),
                Optional.of(edition.number().year()),
                Optional.of(edition.number().numberInYear()),
                Optional.of(locale),
                DeliveryFormat.JSON,
                etag,
                body);
    }
}
