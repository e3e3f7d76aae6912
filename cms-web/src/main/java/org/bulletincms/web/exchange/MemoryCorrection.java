package org.bulletincms.web.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An editor's correction of a memory entry's translation. */
@Schema(
        name = "TranslationMemoryCorrection",
        description = "The corrected translation; for a rich-text entry HTML with the source's elements, in order.")
public record MemoryCorrection(
        @Schema(required = true, maxLength = MemoryCorrection.MAX_LENGTH, description = "The corrected translation")
        String target) {

    /** A generous bound on one text (a rich-text paragraph or field, markup included); the request limit applies too. */
    static final int MAX_LENGTH = 20_000;
}
