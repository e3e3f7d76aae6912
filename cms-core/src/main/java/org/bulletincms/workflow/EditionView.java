package org.bulletincms.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bulletincms.account.Accounts;

/**
 * One published edition of an issue as people read it; a withdrawn one says when, by whom and why. People are shown
 * by their current user names.
 *
 * @param correction what the correction changed (editions after the first)
 */
public record EditionView(
        int edition,
        Instant publishedAt,
        String publishedBy,
        String signedHash,
        Optional<String> correction,
        Optional<Withdrawal> withdrawn) {

    /** When, by whom (empty when not recorded) and why an edition was withdrawn. */
    public record Withdrawal(Instant at, String by, String reason) {}

    public EditionView {
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(withdrawn, "withdrawn");
    }

    static EditionView of(PublishedEdition edition, Accounts accounts) {
        return new EditionView(
                edition.edition(),
                edition.publishedAt(),
                accounts.shownName(edition.publishedBy()),
                edition.signedHash(),
                edition.correctionNote(),
                edition.withdrawnAt()
                        .map(at -> new Withdrawal(
                                at,
                                edition.withdrawnBy().map(accounts::shownName).orElse(""),
                                edition.withdrawalReason().orElse(""))));
    }
}
