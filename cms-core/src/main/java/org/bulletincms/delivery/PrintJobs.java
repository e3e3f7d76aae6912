package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.media.MediaLibrary;
import org.bulletincms.workflow.PublishedEdition;

/**
 * The queue of print PDFs still to be made ({@link PrintJob}), kept in the database so that it survives restarts
 * and is shared by a cluster. {@link EditionCompiler} queues a job per locale in the publishing transaction (a
 * correction replaces the issue's jobs with its own edition's) and cancels them when it unpublishes; a worker
 * {@link #claim claims} jobs, reads the {@link #webPage web page} the PDF is made from, lays it out outside any
 * transaction ({@link PrintEdition}) and {@link #store stores} it as a compiled document, each step in a short
 * transaction of its own.
 *
 * <p>A claim takes the jobs with {@code FOR UPDATE SKIP LOCKED} where the database has it (PostgreSQL), so two
 * workers never wait for, nor take, the same job; elsewhere (H2) a plain row lock does, and the lease written
 * with the claim keeps the job from a second worker until it runs out.
 */
@ApplicationScoped
public class PrintJobs {

    /** After this many claims a job is no longer claimed: its PDF cannot be made (the log says why). */
    public static final int MAX_ATTEMPTS = 3;

    /** Hibernate's value of {@code jakarta.persistence.lock.timeout} for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    private static final Logger LOG = Logger.getLogger(PrintJobs.class.getName());

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    CompiledDocuments documents;

    @Inject
    PublishedIssues published;

    @Inject
    MediaLibrary media;

    /** What a worker needs to make one PDF, detached from the persistence context. */
    public record Claim(UUID job, UUID issueId, int edition, LocaleTag locale, int attempt) {}

    /**
     * In the publishing transaction: the PDFs of the edition in each locale, replacing any job of an earlier
     * edition of the issue (its PDF would be outdated before it was made).
     */
    void queue(PublishedEdition edition, List<LocaleTag> locales, Instant now) {
        cancel(edition.issueId());
        for (LocaleTag locale : locales) {
            em.persist(new PrintJob(edition.issueId(), edition.publicationId(), edition.edition(), locale, now));
        }
    }

    /** In the unpublishing (or correcting) transaction: the issue's PDFs are no longer to be made. */
    void cancel(UUID issueId) {
        em.createQuery("delete from PrintJob j where j.issueId = :i")
                .setParameter("i", issueId)
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} jobs that nobody holds (never claimed, or whose lease ran out) and that have not
     * failed {@link #MAX_ATTEMPTS} times, oldest first, for {@code lease}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(Instant now, Duration lease, int limit) {
        List<PrintJob> free = em.createQuery(
                        "select j from PrintJob j where (j.leasedUntil is null or j.leasedUntil < :now)"
                                + " and j.attempts < :max order by j.queuedAt",
                        PrintJob.class)
                .setParameter("now", now)
                .setParameter("max", MAX_ATTEMPTS)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(limit)
                .getResultList();
        return free.stream()
                .map(job -> {
                    job.claim(now, lease);
                    if (job.attempts() == MAX_ATTEMPTS) {
                        LOG.warning(() -> "Print PDF of issue " + job.issueId() + " edition " + job.edition() + " in "
                                + job.locale().value() + ": last attempt (" + MAX_ATTEMPTS + ")");
                    }
                    return new Claim(job.id(), job.issueId(), job.edition(), job.locale(), job.attempts());
                })
                .toList();
    }

    /**
     * The web page the claimed PDF is made from: the issue's compiled page in the job's locale, if the job's edition
     * is still the issue's latest published one; empty when the job is outdated or cancelled.
     */
    @Transactional
    public Optional<byte[]> webPage(Claim claim) {
        return latest(claim)
                .flatMap(edition -> documents.find(DocumentKey.webPage(
                        edition.publicationId(),
                        edition.number().year(),
                        edition.number().numberInYear(),
                        claim.locale())))
                .filter(page -> page.edition().orElse(0) == claim.edition())
                .map(CompiledDocument::body);
    }

    /**
     * The bytes of a picture's rendition the PDF embeds ({@link PrintPictures}), by its name {@code <sha256>.jpg};
     * empty when no picture has it (deleted since, which a published edition's pictures cannot be).
     */
    public Optional<byte[]> rendition(String name) {
        String sha256 = name.substring(0, Math.max(0, name.indexOf('.')));
        return media.rendition(sha256)
                .filter(rendition -> rendition.fileName().equals(name))
                .map(rendition -> {
                    try (InputStream bytes = media.open(rendition)) {
                        return bytes.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read rendition " + name, e);
                    }
                });
    }

    /**
     * Stores the PDF of a claimed job as a compiled document ({@link DocumentKind#PRINT_PDF}) and ends the job, in
     * one transaction that raises the delivery generation, so every node serves it. A job cancelled or outdated
     * meanwhile (unpublished, corrected) stores nothing. Answers whether the PDF was stored.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean store(Claim claim, byte[] pdf, Instant now) {
        // The generation's row first, as publishing and unpublishing lock it before the issue's jobs: the other
        // order would let a correction and a stored PDF wait for each other.
        long generation = documents.raiseGeneration();
        PrintJob job = em.find(PrintJob.class, claim.job(), LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            return false;
        }
        em.remove(job);
        Optional<PublishedEdition> edition = latest(claim);
        if (edition.isEmpty()) {
            return false;
        }
        PublishedEdition latest = edition.get();
        CompiledDocument.Draft draft = new CompiledDocument.Draft(
                DocumentKey.printPdf(
                        latest.publicationId(),
                        latest.number().year(),
                        latest.number().numberInYear(),
                        claim.locale()),
                DocumentKind.PRINT_PDF,
                latest.publicationId(),
                Optional.of(latest.issueId()),
                Optional.of(latest.edition()),
                Optional.of(latest.number().year()),
                Optional.of(latest.number().numberInYear()),
                Optional.of(claim.locale()),
                PrintEdition.MEDIA_TYPE,
                DocumentTag.of(sha256(pdf)),
                pdf);
        Optional<CompiledDocument> existing = documents.find(draft.key());
        if (existing.isPresent()) {
            existing.get().recompile(draft, generation, now);
        } else {
            documents.add(new CompiledDocument(draft, generation, now));
        }
        return true;
    }

    /** A claimed job whose edition is no longer the latest (or no longer published) is dropped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void drop(Claim claim) {
        Optional.ofNullable(em.find(PrintJob.class, claim.job())).ifPresent(em::remove);
    }

    /**
     * Queues the PDFs of latest editions that have a web page but neither a PDF nor a job: editions published by
     * a release before print PDFs. Answers how many were queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int queueMissing(Instant now) {
        List<CompiledDocument> pages = em.createQuery(
                        "select p from CompiledDocument p where p.kind = :page and not exists (select d.docKey from"
                                + " CompiledDocument d where d.issueId = p.issueId and d.locale = p.locale"
                                + " and d.kind = :pdf) and not exists (select j.id from PrintJob j"
                                + " where j.issueId = p.issueId and j.locale = p.locale)",
                        CompiledDocument.class)
                .setParameter("page", DocumentKind.WEB_PAGE.code())
                .setParameter("pdf", DocumentKind.PRINT_PDF.code())
                .getResultList();
        for (CompiledDocument page : pages) {
            em.persist(new PrintJob(
                    page.issueId().orElseThrow(),
                    page.publicationId(),
                    page.edition().orElseThrow(),
                    new LocaleTag(page.locale().orElseThrow()),
                    now));
        }
        return pages.size();
    }

    private Optional<PublishedEdition> latest(Claim claim) {
        return published.latestOf(claim.issueId()).filter(edition -> edition.edition() == claim.edition());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
