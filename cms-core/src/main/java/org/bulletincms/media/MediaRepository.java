package org.bulletincms.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.database.NativeUuid;

/** The pictures of the media libraries and their renditions, stored by JPA. */
@ApplicationScoped
public class MediaRepository {

    private static final String MATCHING = " and (lower(i.filename) like :q escape '!' or exists (select 1 from"
            + " MediaImage j join j.alt a where j.id = i.id and lower(a) like :q escape '!'))";

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public void add(MediaImage image) {
        em.persist(image);
        em.flush();
    }

    public Optional<MediaImage> find(UUID publicationId, UUID id) {
        return Optional.ofNullable(em.find(MediaImage.class, id))
                .filter(i -> i.publicationId().equals(publicationId));
    }

    public Optional<MediaImage> withUpload(UUID publicationId, String uploadSha256) {
        return em.createQuery(
                        "select i from MediaImage i where i.publicationId = :p and i.uploadSha256 = :sha",
                        MediaImage.class)
                .setParameter("p", publicationId)
                .setParameter("sha", uploadSha256)
                .getResultStream()
                .findFirst();
    }

    /**
     * Newest first; with a query, those whose file name or an alt text in any locale contains it, whatever the
     * case. LIKE's own characters in the query match themselves.
     */
    public List<MediaImage> newest(UUID publicationId, Optional<String> query, int offset, int size) {
        var select = em.createQuery(
                        "select i from MediaImage i where i.publicationId = :p" + (query.isPresent() ? MATCHING : "")
                                + " order by i.uploadedAt desc, i.id",
                        MediaImage.class)
                .setParameter("p", publicationId)
                .setFirstResult(offset)
                .setMaxResults(size);
        query.ifPresent(q -> select.setParameter("q", pattern(q)));
        return select.getResultList();
    }

    public long count(UUID publicationId, Optional<String> query) {
        var select = em.createQuery(
                        "select count(i) from MediaImage i where i.publicationId = :p"
                                + (query.isPresent() ? MATCHING : ""),
                        Long.class)
                .setParameter("p", publicationId);
        query.ifPresent(q -> select.setParameter("q", pattern(q)));
        return select.getSingleResult();
    }

    /**
     * Where the publication names a picture: the items of its issues whose content holds the media id, and its
     * published editions whose snapshot does. A media id is a UUID, so a text match finds exactly its uses; read
     * with native SQL because items and editions belong to features that depend on this one.
     */
    public List<MediaUse> uses(UUID publicationId, UUID mediaId) {
        String pattern = "%" + mediaId + "%";
        List<MediaUse> uses = new ArrayList<>();
        for (Object row : em.createNativeQuery("select r.issue_id, i.id from item i join rubric r on r.id = i.rubric_id"
                        + " join issue s on s.id = r.issue_id where s.publication_id = :p and i.content like :m"
                        + " order by r.issue_id, i.id")
                .setParameter("p", publicationId)
                .setParameter("m", pattern)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            uses.add(MediaUse.inItem(NativeUuid.of(columns[0]), NativeUuid.of(columns[1])));
        }
        for (Object row : em.createNativeQuery("select e.issue_id, e.edition from published_edition e"
                        + " where e.publication_id = :p and e.snapshot like :m order by e.issue_id, e.edition")
                .setParameter("p", publicationId)
                .setParameter("m", pattern)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            uses.add(MediaUse.inEdition(NativeUuid.of(columns[0]), ((Number) columns[1]).intValue()));
        }
        return uses;
    }

    /** The pictures of the publication that no item and no published edition names, oldest first. */
    public List<MediaImage> unused(UUID publicationId) {
        return em.createQuery(
                        "select i from MediaImage i where i.publicationId = :p order by i.uploadedAt, i.id",
                        MediaImage.class)
                .setParameter("p", publicationId)
                .getResultStream()
                .filter(image -> uses(publicationId, image.id()).isEmpty())
                .toList();
    }

    /** Writes pending changes now, so that a refused one fails the call that made it. */
    public void flush() {
        em.flush();
    }

    /** Removes the picture's row; its files become strays of the store (docs/media.md). */
    public void remove(MediaImage image) {
        em.remove(image);
        em.flush();
    }

    /** The bytes the publication's library takes in the store. */
    public long usedBytes(UUID publicationId) {
        return em.createQuery(
                        "select coalesce(sum(i.totalBytes), 0L) from MediaImage i where i.publicationId = :p",
                        Long.class)
                .setParameter("p", publicationId)
                .getSingleResult();
    }

    /** The rendition or crop whose bytes have this SHA-256, of whichever picture. */
    public Optional<RenditionFile> rendition(String sha256) {
        return em.createQuery("select r from MediaImage i join i.renditions r where r.sha256 = :sha", Rendition.class)
                .setParameter("sha", sha256)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(Rendition::file)
                .or(() -> em.createQuery("select c from MediaCrop c where c.file.sha256 = :sha", MediaCrop.class)
                        .setParameter("sha", sha256)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .map(MediaCrop::file))
                .or(() -> em.createQuery(
                                "select r from RetiredRendition r where r.file.sha256 = :sha", RetiredRendition.class)
                        .setParameter("sha", sha256)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .map(RetiredRendition::file));
    }

    /** Every crop of a picture, whatever its focus. */
    public List<MediaCrop> crops(UUID imageId) {
        return em.createQuery("select c from MediaCrop c where c.imageId = :i", MediaCrop.class)
                .setParameter("i", imageId)
                .getResultList();
    }

    /** Keeps serving a rendition or crop of a picture's earlier file. */
    public void retire(UUID imageId, RenditionFile file) {
        em.persist(new RetiredRendition(imageId, file));
    }

    public void remove(MediaCrop crop) {
        em.remove(crop);
    }

    /** The crops of a picture made for this focus, by ratio, narrowest first. */
    public List<MediaCrop> crops(UUID imageId, Focus focus) {
        return em.createQuery(
                        "select c from MediaCrop c where c.imageId = :i and c.focusX = :x and c.focusY = :y"
                                + " order by c.ratio, c.file.width",
                        MediaCrop.class)
                .setParameter("i", imageId)
                .setParameter("x", focus.x())
                .setParameter("y", focus.y())
                .getResultList();
    }

    public void add(MediaCrop crop) {
        em.persist(crop);
    }

    /** Every storage key a picture or rendition uses. */
    public Set<String> storageKeys() {
        Set<String> keys = new HashSet<>(em.createQuery("select i.storageKey from MediaImage i", String.class)
                .getResultList());
        keys.addAll(em.createQuery("select r.storageKey from MediaImage i join i.renditions r", String.class)
                .getResultList());
        keys.addAll(em.createQuery("select c.file.storageKey from MediaCrop c", String.class)
                .getResultList());
        keys.addAll(em.createQuery("select r.file.storageKey from RetiredRendition r", String.class)
                .getResultList());
        return keys;
    }

    private static String pattern(String query) {
        String escaped = query.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
