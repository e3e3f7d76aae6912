package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.IssueRepository;

/**
 * Issuing, listing and revoking an issue's preview links, each one transaction answering {@link PreviewLinkView}s;
 * finding the link of a token for {@link IssuePreviews}.
 */
@ApplicationScoped
@Transactional
public class PreviewLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    IssueRepository issues;

    @Inject
    Accounts accounts;

    /**
     * A new link to the issue, valid until {@code expiresAt}; the returned token is shown to its creator once and
     * stored only as a hash. Empty when there is no such issue.
     */
    public Optional<Issued> issue(UUID issueId, String by, Instant now, Instant expiresAt) {
        if (issues.find(issueId).isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PreviewLink link = new PreviewLink(issueId, hash(token), by, now, expiresAt);
        em.persist(link);
        return Optional.of(new Issued(PreviewLinkView.of(link, accounts), token));
    }

    /** The link for a token, if it exists (usable or not). */
    Optional<PreviewLink> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select l from PreviewLink l where l.tokenHash = :h", PreviewLink.class)
                .setParameter("h", hash(token))
                .getResultStream()
                .findFirst();
    }

    /** The issue's links, newest first; empty when there is no such issue. */
    public Optional<List<PreviewLinkView>> ofIssue(UUID issueId) {
        if (issues.find(issueId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery(
                        "select l from PreviewLink l where l.issueId = :i order by l.createdAt desc", PreviewLink.class)
                .setParameter("i", issueId)
                .getResultStream()
                .map(link -> PreviewLinkView.of(link, accounts))
                .toList());
    }

    /** Revokes the issue's link; false when there is no such issue, or the link is not one of its links. */
    public boolean revoke(UUID issueId, UUID linkId, Instant now) {
        if (issues.find(issueId).isEmpty()) {
            return false;
        }
        Optional<PreviewLink> link = Optional.ofNullable(em.find(PreviewLink.class, linkId))
                .filter(l -> l.issueId().equals(issueId));
        link.ifPresent(found -> found.revoke(now));
        return link.isPresent();
    }

    /** A freshly issued link and its token. */
    public record Issued(PreviewLinkView link, String token) {}

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
