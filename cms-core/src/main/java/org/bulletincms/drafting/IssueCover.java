package org.bulletincms.drafting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.Stage;
import org.bulletincms.locale.TextByLocale;

/**
 * An issue's cover as one person sees it, what they may do with the issue now and how much it holds: what a list of
 * issues shows of each. People are shown by their current user names.
 *
 * @param allowedActions what the person may do with the issue now (role, stage and the four-eyes rule)
 * @param tag            the issue's version as a client names it in {@code If-Match}, unquoted; it covers every item
 */
public record IssueCover(
        UUID id,
        UUID publication,
        IssueNumber number,
        TextByLocale title,
        TextByLocale mastheadLine,
        Stage stage,
        Set<IssueAction> allowedActions,
        Optional<LocalDate> plannedPublicationDate,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version,
        String tag,
        int rubricCount,
        int itemCount) {

    public IssueCover {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mastheadLine, "mastheadLine");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(plannedPublicationDate, "plannedPublicationDate");
        Objects.requireNonNull(tag, "tag");
        allowedActions = Set.copyOf(allowedActions);
    }
}
