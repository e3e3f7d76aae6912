package org.bulletincms.history;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.UUID;

/** One revision of an item with its content exactly as written, in the schema version it was written in. */
public record RevisionView(RevisionSummary summary, UUID item, UUID issue, String sectionType, JsonObject content) {

    public RevisionView {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(sectionType, "sectionType");
        Objects.requireNonNull(content, "content");
    }
}
