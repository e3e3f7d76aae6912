package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;

/**
 * The delivery API's reads: each request one transaction that finds the publication by its slug and the compiled
 * document its address names, answering {@link DeliveredDocument}s (the compiled bytes, never re-made) and the
 * publication's locales. Which locale an address is served in is the caller's to negotiate ({@link LocaleChoice}
 * over the locales of the publication found), so the key of the document is the caller's too, given the
 * publication. Also what a node's cache of delivery documents reads: the documents to warm it with and the
 * generations that say what changed.
 */
@ApplicationScoped
@Transactional
public class Delivery {

    /** The list of publications before anything was published. */
    static final String NO_PUBLICATIONS = "{\"publications\":[]}";

    @Inject
    CompiledDocuments documents;

    @Inject
    PublicationRepository publications;

    /** A publication found by its slug, and the document asked for of it, if it has one. */
    public record Delivered(DeliveredPublication publication, Optional<DeliveredDocument> document) {}

    /** The publications that have published issues; an empty list before anything was published. */
    public DeliveredDocument publications() {
        return documents
                .find(DocumentKey.publications())
                .map(DeliveredDocument::of)
                // nothing was ever published here: no compilation has written the list yet
                .orElseGet(() -> DeliveredDocument.uncompiled(
                        DocumentKind.PUBLICATIONS, NO_PUBLICATIONS.getBytes(StandardCharsets.UTF_8), Optional.empty()));
    }

    /**
     * The compiled document at {@code key} of the publication with this slug; empty when there is no such
     * publication. A publication without published issues has no documents.
     */
    public Optional<Delivered> document(String slug, Function<DeliveredPublication, DocumentKey> key) {
        return publication(slug)
                .map(publication -> new Delivered(
                        publication, documents.find(key.apply(publication)).map(DeliveredDocument::of)));
    }

    /**
     * An issue's print PDF in the locale served; refused with {@link PrintNotReady} while the issue is published
     * (its web page compiled) but its PDF is still being made.
     */
    public Optional<Delivered> printPdf(
            String slug, Function<DeliveredPublication, LocaleTag> served, int year, int number) {
        return publication(slug).map(publication -> {
            LocaleTag locale = served.apply(publication);
            Optional<CompiledDocument> pdf =
                    documents.find(DocumentKey.printPdf(publication.id(), year, number, locale));
            if (pdf.isEmpty()
                    && documents
                            .find(DocumentKey.webPage(publication.id(), year, number, locale))
                            .isPresent()) {
                throw new PrintNotReady();
            }
            return new Delivered(publication, pdf.map(DeliveredDocument::of));
        });
    }

    /** A page of a publication's issue list: its locale, number (from 1) and size. */
    public record ListPage(LocaleTag locale, int page, int size) {}

    /**
     * A page of the publication's issue list, as the caller asks for it once the publication is known: compiled for
     * the first pages of the default size ({@link DeliveryFormat#COMPILED_PAGES}), cut from the compiled list entries
     * for the others. No document when the publication lists no issue in that locale or the page is past the end.
     */
    public Optional<Delivered> issuePage(String slug, Function<DeliveredPublication, ListPage> asked) {
        return publications.bySlug(slug).map(found -> {
            DeliveredPublication publication = DeliveredPublication.of(found);
            ListPage page = asked.apply(publication);
            return new Delivered(publication, issuePage(found, page.locale(), page.page(), page.size()));
        });
    }

    private Optional<DeliveredDocument> issuePage(Publication publication, LocaleTag locale, int page, int size) {
        if (size == DeliveryFormat.DEFAULT_PAGE_SIZE && page <= DeliveryFormat.COMPILED_PAGES) {
            Optional<CompiledDocument> compiled = documents.find(DocumentKey.issuePage(publication.id(), page, locale));
            if (compiled.isPresent() || page == 1) {
                return compiled.map(DeliveredDocument::of);
            }
            // a page past the end, or one compiled before this release compiled more than the first: cut below
        }
        long total = documents.countEntries(publication.id(), locale);
        if (total == 0) {
            return Optional.empty();
        }
        byte[] body = DeliveryShapes.issuePage(
                publication,
                locale,
                page,
                size,
                total,
                documents.entries(publication.id(), locale, Math.multiplyExact(page - 1, size), size));
        return Optional.of(DeliveredDocument.uncompiled(DocumentKind.ISSUE_PAGE, body, Optional.of(locale.value())));
    }

    private Optional<DeliveredPublication> publication(String slug) {
        return publications.bySlug(slug).map(DeliveredPublication::of);
    }

    // What a node's cache reads. In transactions of their own: the cache also reads after a publication's
    // transaction has completed (in its AFTER_SUCCESS observer), where none can be joined.

    /** The keys of the latest documents of these kinds, most recently compiled first, at most {@code limit}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> newestKeys(Set<DocumentKind> kinds, int limit) {
        return documents.newestKeys(kinds, limit);
    }

    /** The documents with these keys that still exist, in no particular order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DeliveredDocument> byKeys(List<String> keys) {
        return documents.byKeys(keys).stream().map(DeliveredDocument::of).toList();
    }

    /** Every publication, published or not, for a node to negotiate locales without the database. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DeliveredPublication> allPublications() {
        return publications.all().stream().map(DeliveredPublication::of).toList();
    }

    /** The committed delivery generation and the keys of the documents changed after {@code applied}. */
    public record Changes(long generation, Set<String> changed) {}

    /**
     * What changed since the generation a node applied: the number first, then the keys, so that the keys read cover
     * at least every generation up to it. Before a node applied any ({@code Long.MIN_VALUE}) no key is read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Changes changesSince(long applied) {
        long latest = documents.generation();
        if (latest == applied || applied == Long.MIN_VALUE) {
            return new Changes(latest, Set.of());
        }
        return new Changes(latest, documents.changedSince(applied));
    }
}
