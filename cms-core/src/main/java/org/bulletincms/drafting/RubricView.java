package org.bulletincms.drafting;

import java.util.Objects;
import java.util.UUID;
import org.bulletincms.locale.TextByLocale;

/** A rubric just created, and the issue's version with it. */
public record RubricView(UUID id, TextByLocale title, int position, IssueVersion issue) {

    public RubricView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issue, "issue");
    }
}
