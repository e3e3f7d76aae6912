package org.bulletincms.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;

/**
 * An approver's sign-off on one edition's content as people read it, the approver by their current user name.
 *
 * @param hash the canonical content's hash signed off
 */
public record SignOffView(
        UUID id,
        int edition,
        String approver,
        Instant signedAt,
        String hash,
        boolean valid,
        Optional<String> comment,
        Optional<Instant> voidedAt,
        Optional<String> voidReason) {

    public SignOffView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(voidedAt, "voidedAt");
        Objects.requireNonNull(voidReason, "voidReason");
    }

    static SignOffView of(SignOff signOff, Accounts accounts) {
        return new SignOffView(
                signOff.id(),
                signOff.edition(),
                accounts.shownName(signOff.approver()),
                signOff.signedAt(),
                signOff.issueHash(),
                signOff.isValid(),
                signOff.comment(),
                signOff.voidedAt(),
                signOff.voidReason());
    }
}
