package org.bulletincms.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;

/** A preview link as editors see it, its creator by the user name they have now; never its token. */
public record PreviewLinkView(
        UUID id, String createdBy, Instant createdAt, Instant expiresAt, Optional<Instant> revokedAt) {

    public PreviewLinkView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    static PreviewLinkView of(PreviewLink link, Accounts accounts) {
        return new PreviewLinkView(
                link.id(), accounts.shownName(link.createdBy()), link.createdAt(), link.expiresAt(), link.revokedAt());
    }
}
