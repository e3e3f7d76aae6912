package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issuing, finding and revoking preview links. */
@ApplicationScoped
public class PreviewLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** A new link; the returned token is shown to its creator once and stored only as a hash. */
    public Issued issue(UUID issueId, String by, Instant now, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PreviewLink link = new PreviewLink(issueId, hash(token), by, now, expiresAt);
        em.persist(link);
        return new Issued(link, token);
    }

    /** The link for a token, if it exists (usable or not). */
    public Optional<PreviewLink> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select l from PreviewLink l where l.tokenHash = :h", PreviewLink.class)
                .setParameter("h", hash(token))
                .getResultStream()
                .findFirst();
    }

    public Optional<PreviewLink> find(UUID id) {
        return Optional.ofNullable(em.find(PreviewLink.class, id));
    }

    public List<PreviewLink> ofIssue(UUID issueId) {
        return em.createQuery(
                        "select l from PreviewLink l where l.issueId = :i order by l.createdAt desc", PreviewLink.class)
                .setParameter("i", issueId)
                .getResultList();
    }

    /** A freshly issued link and its token. */
    public record Issued(PreviewLink link, String token) {}

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
