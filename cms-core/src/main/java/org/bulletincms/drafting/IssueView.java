package org.bulletincms.drafting;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;

/**
 * An issue as one person sees it: its cover, the locales of its publication, and its rubrics with their items in
 * order.
 */
public record IssueView(IssueCover cover, PublicationLocales locales, List<RubricItems> rubrics) {

    /** A rubric of the issue with its items in order; an untitled rubric (a colophon) has an empty title. */
    public record RubricItems(UUID id, TextByLocale title, List<ItemView> items) {

        public RubricItems {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            items = List.copyOf(items);
        }
    }

    public IssueView {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(locales, "locales");
        rubrics = List.copyOf(rubrics);
    }

    public UUID id() {
        return cover.id();
    }
}
