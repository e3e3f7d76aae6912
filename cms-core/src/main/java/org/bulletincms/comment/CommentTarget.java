package org.bulletincms.comment;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a comment on an issue may point to: the issue's items with their section type ids, and the locales of its
 * publication, so that a request naming an item or a field can be checked before the comment is posted.
 *
 * @param locales   the publication's locale tags
 * @param itemTypes the section type id of each of the issue's items, by item id
 */
public record CommentTarget(UUID issue, Set<String> locales, Map<UUID, String> itemTypes) {

    public CommentTarget {
        Objects.requireNonNull(issue, "issue");
        // A HashSet, as the locales were collected before this record existed: a refusal names them in its order.
        locales = Collections.unmodifiableSet(new HashSet<>(locales));
        itemTypes = Map.copyOf(itemTypes);
    }

    /** The section type id of the issue's item with this id; empty when the issue has no such item. */
    public Optional<String> itemType(UUID item) {
        return Optional.ofNullable(itemTypes.get(item));
    }
}
