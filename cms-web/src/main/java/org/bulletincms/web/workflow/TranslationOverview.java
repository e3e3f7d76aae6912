package org.bulletincms.web.workflow;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.translation.ItemLocaleStatus;
import org.bulletincms.translation.SourceValues;
import org.bulletincms.workflow.TranslationBoard;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issue's translations: each target locale with its translator, and each item's status in each locale. */
@Schema(description = "Each target locale with its translator; each item's translation status per locale.")
@JsonbPropertyOrder({"locales", "items"})
public record TranslationOverview(
        @Schema(required = true, description = "Every target locale of the publication")
        List<LocaleView> locales,

        @Schema(
                required = true,
                description = "The issue's items to translate, in order; an item the same in every locale"
                        + " (written once, in one language) needs no translation and is not listed")
        List<ItemView> items) {

    static TranslationOverview of(TranslationBoard.Overview overview) {
        return new TranslationOverview(
                overview.targets().stream()
                        .map(target -> new LocaleView(
                                target.locale().value(), target.translator(), target.done(), target.doneBy()))
                        .toList(),
                overview.items().stream()
                        .map(item -> {
                            Map<String, Cell> cells = new LinkedHashMap<>();
                            item.cells().forEach(cell -> cells.put(cell.locale(), Cell.of(cell)));
                            return new ItemView(item.item(), item.sectionType(), cells);
                        })
                        .toList());
    }

    /** One target locale: who translates it and whether they marked it done. */
    @Schema(name = "TranslationLocale", description = "A target locale, its translator and whether it is done.")
    @JsonbPropertyOrder({"locale", "translator", "done", "doneBy"})
    public record LocaleView(
            @Schema(required = true, example = "en") String locale,

            @Schema(description = "The assigned translator's user name")
            Optional<String> translator,

            @Schema(required = true) boolean done,
            @Schema(description = "Who marked it done") Optional<String> doneBy) {}

    /** One item's status in each target locale. */
    @Schema(name = "TranslationItem", description = "An item's translation status, by locale.")
    @JsonbPropertyOrder({"item", "type", "locales"})
    public record ItemView(
            @Schema(required = true) UUID item,

            @Schema(required = true, description = "The item's section type")
            String type,

            @Schema(required = true, description = "By target locale")
            Map<String, Cell> locales) {}

    /** One item in one locale; an outdated one says what changed in the source since it was translated. */
    @Schema(name = "TranslationStatus", description = "An item's translation in one locale.")
    @JsonbPropertyOrder({"status", "sourceChanges"})
    public record Cell(
            @Schema(
                    required = true,
                    enumeration = {"missing", "in-progress", "done", "outdated"})
            String status,

            @Schema(description = "Outdated ones: what changed in the source since the translation")
            Optional<List<SourceChange>> sourceChanges) {

        static Cell of(ItemLocaleStatus cell) {
            return new Cell(
                    cell.status().code(),
                    cell.sourceChanges().isEmpty()
                            ? Optional.empty()
                            : Optional.of(cell.sourceChanges().stream()
                                    .map(SourceChange::of)
                                    .toList()));
        }
    }

    /** A source field's value before and after a change; either is null when the field was empty. */
    @Schema(name = "SourceChange", description = "A shared or source-locale field's value before and after.")
    @JsonbPropertyOrder({"field", "before", "after", "textChanges", "entryChanges"})
    public record SourceChange(
            @Schema(required = true) String field,

            @Schema(required = true, ref = AnyJsonInOpenApi.NAME)
            JsonValue before,

            @Schema(required = true, ref = AnyJsonInOpenApi.NAME)
            JsonValue after,

            @Schema(
                    description = "Text fields: what changed, word by word (character by character in Chinese); "
                            + "absent for lists and records (see entryChanges)")
            Optional<List<TextChange>> textChanges,

            @Schema(
                    description = "List fields and a picture's words: the entries and members that changed, each "
                            + "word by word; absent for texts and numbers")
            Optional<List<EntryChange>> entryChanges) {

        static SourceChange of(SourceValues.SourceChange change) {
            return new SourceChange(
                    change.field(),
                    change.before() == null ? JsonValue.NULL : change.before(),
                    change.after() == null ? JsonValue.NULL : change.after(),
                    change.textChanges().map(TextChange::of),
                    change.entryChanges().map(EntryChange::of));
        }
    }

    /** What a client sends to assign a translator, read by {@code RecordBodyReader}. */
    @Schema(name = "TranslatorAssignment", description = "The translator's user name.")
    public record Assignment(
            @Schema(required = true, maxLength = 100, example = "tom")
            String username) {}
}
