package org.bulletincms.drafting;

import java.util.Objects;
import java.util.UUID;

/**
 * An issue's version after a write to its structure: what a client names in {@code If-Match} for its next write, so
 * it never has to read the issue again only to learn it.
 *
 * @param tag the issue's tag, unquoted ({@link org.bulletincms.issue.Issue#tag()})
 */
public record IssueVersion(UUID issue, String tag) {

    public IssueVersion {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(tag, "tag");
    }
}
