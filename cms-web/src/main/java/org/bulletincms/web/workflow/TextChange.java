package org.bulletincms.web.workflow;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.bulletincms.history.TextChanges;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One run of an old and a new text compared word by word (character by character in Chinese): the translation
 * view, the XLIFF import report and the changes since a review show the runs in order, removed ones struck through.
 */
@Schema(
        name = "TextChange",
        description = "A run of two compared texts, in reading order: the same in both, only in the old text "
                + "(removed) or only in the new one (added). Words and spaces of alphabetic scripts, each Han, Kana "
                + "or Hangul character and each punctuation mark are compared as units; rich text by its visible text.")
@JsonbPropertyOrder({"kind", "text"})
public record TextChange(
        @Schema(
                required = true,
                enumeration = {"same", "removed", "added"})
        String kind,

        @Schema(required = true, description = "The run's text (plain text, never markup)", example = "四")
        String text) {

    /** The runs of {@code changes}, in order. */
    public static List<TextChange> of(TextChanges changes) {
        return changes.segments().stream()
                .map(segment -> new TextChange(segment.kind().code(), segment.text()))
                .toList();
    }
}
