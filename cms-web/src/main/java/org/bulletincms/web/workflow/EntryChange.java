package org.bulletincms.web.workflow;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.bulletincms.history.EntryChanges;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry or member of a list field (or of a picture's words) that changed, with what changed in its text: the
 * translation view and the changes since a review show these instead of the whole list twice.
 */
@Schema(
        name = "EntryChange",
        description = "An entry of a list field, or a member of it, that changed: its path below the field and its "
                + "text compared word by word (character by character in Chinese). Entries are matched first, so an "
                + "entry added or removed in the middle is one entry, not every later one.")
@JsonbPropertyOrder({"path", "textChanges"})
public record EntryChange(
        @Schema(
                required = true,
                description = "The entry's index from 0 (in the new list; in the old one for a removed entry), with "
                        + "the member if the entries have members; a member alone for a picture's words",
                example = "2.organisation")
        String path,

        @Schema(required = true, description = "Its text before and after, as runs")
        List<TextChange> textChanges) {

    /** The entries of {@code changes}, in order. */
    public static List<EntryChange> of(EntryChanges changes) {
        return changes.entries().stream()
                .map(entry -> new EntryChange(entry.path(), TextChange.of(entry.changes())))
                .toList();
    }
}
