package org.bulletincms.web.exchange;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.exchange.MemoryEntryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the translation memory, as editors read it before they correct or delete it. */
@Schema(name = "TranslationMemoryEntry", description = "A source text and its translation in one locale pair.")
@JsonbPropertyOrder({"id", "sourceLocale", "targetLocale", "richText", "source", "target", "issue", "unit", "recordedAt"
})
public record MemoryEntryDocument(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "zh") String sourceLocale,
        @Schema(required = true, example = "en") String targetLocale,

        @Schema(required = true, description = "Whether source and target are rich text (sanitised HTML)")
        boolean richText,

        @Schema(required = true, description = "The source text: HTML for rich text, words otherwise")
        String source,

        @Schema(required = true, description = "The translation: HTML for rich text, words otherwise")
        String target,

        @Schema(description = "The issue it was published in; absent for an entry brought in from a TMX file")
        Optional<UUID> issue,

        @Schema(required = true, description = "Its unit id there, or tmx:<tuid> for an entry from a TMX file")
        String unit,

        @Schema(required = true, description = "When its issue was published or the TMX file imported")
        Instant recordedAt) {

    static MemoryEntryDocument of(MemoryEntryView entry) {
        return new MemoryEntryDocument(
                entry.id(),
                entry.sourceLocale(),
                entry.targetLocale(),
                entry.richText(),
                entry.source(),
                entry.target(),
                entry.issue(),
                entry.unit(),
                entry.recordedAt());
    }
}
