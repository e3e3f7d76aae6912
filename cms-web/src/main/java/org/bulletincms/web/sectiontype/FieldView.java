package org.bulletincms.web.sectiontype;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.spi.ChoiceOption;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a section type: its kind, limits and texts. */
@Schema(name = "SectionTypeField", description = "A field of a section type.")
@JsonbPropertyOrder({
    "name",
    "kind",
    "requiredAtPublish",
    "translatable",
    "label",
    "maxEntries",
    "maxLength",
    "help",
    "options"
})
public record FieldView(
        @Schema(required = true, description = "The field's name in item content")
        String name,

        @Schema(
                required = true,
                description = "The field kind, kebab-case",
                enumeration = {
                    "plain-text",
                    "rich-text",
                    "url",
                    "email",
                    "date",
                    "zoned-date-time",
                    "number",
                    "people",
                    "numbered-list",
                    "text-list",
                    "term-list",
                    "key-figures",
                    "choice",
                    "source-document",
                    "image",
                    "image-list"
                })
        String kind,

        @Schema(required = true, description = "Must be filled before the issue goes to review")
        boolean requiredAtPublish,

        @Schema(required = true, description = "Per locale (true) or shared by all locales (false)")
        boolean translatable,

        @Schema(required = true, description = "By language tag; zh and en always")
        Map<String, String> label,

        @Schema(description = "List kinds only: at most this many entries")
        Optional<Integer> maxEntries,

        @Schema(required = true, description = "In code points (per entry for lists)")
        int maxLength,

        @Schema(description = "By language tag, when the field has help")
        Optional<Map<String, String>> help,

        @Schema(description = "Choice fields only: the codes to choose from")
        Optional<List<OptionView>> options) {

    static FieldView of(FieldSpec field) {
        return new FieldView(
                field.name(),
                kind(field.kind()),
                field.requiredAtPublish(),
                field.isTranslatable(),
                field.label().texts(),
                field.kind().isList() ? Optional.of(field.maxEntries()) : Optional.empty(),
                field.maxLength(),
                field.help().map(LocalizedText::texts),
                field.options().isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                                field.options().stream().map(OptionView::of).toList()));
    }

    /** The kind as the API names it; {@code FieldViewTest} keeps the schema's enumeration equal to these. */
    static String kind(FieldKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One choice of a choice field. */
    @Schema(name = "SectionTypeFieldOption", description = "A code a choice field accepts, with its label.")
    @JsonbPropertyOrder({"code", "label"})
    public record OptionView(
            @Schema(required = true) String code,

            @Schema(required = true, description = "By language tag; zh and en always")
            Map<String, String> label) {

        static OptionView of(ChoiceOption option) {
            return new OptionView(option.code(), option.label().texts());
        }
    }
}
