package org.bulletincms.media;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A place that shows a picture: an item of an issue (its current content), or a published edition of an issue
 * (what readers are served). A picture is in use while any place names it.
 *
 * @param issueId the issue
 * @param itemId  the item, for a use in an item's content
 * @param edition the edition number, for a use in a published edition
 */
public record MediaUse(UUID issueId, Optional<UUID> itemId, Optional<Integer> edition) {

    public MediaUse {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(edition, "edition");
    }

    static MediaUse inItem(UUID issueId, UUID itemId) {
        return new MediaUse(issueId, Optional.of(itemId), Optional.empty());
    }

    static MediaUse inEdition(UUID issueId, int edition) {
        return new MediaUse(issueId, Optional.empty(), Optional.of(edition));
    }
}
