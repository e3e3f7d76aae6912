package org.bulletincms.web.sectiontype;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.SectionType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An installed section type as the management API shows it: enough for a UI to draw a form for its items. */
@Schema(name = "SectionType", description = "An installed section type with the fields a form for its items needs.")
@JsonbPropertyOrder({"id", "schemaVersion", "label", "help", "fields"})
public record SectionTypeView(
        @Schema(required = true, description = "Stable kebab-case id", example = "news")
        String id,

        @Schema(required = true, description = "The version of its content's shape", minimum = "1")
        int schemaVersion,

        @Schema(required = true, description = "By language tag; zh and en always")
        Map<String, String> label,

        @Schema(required = true, description = "By language tag")
        Map<String, String> help,

        @Schema(required = true, description = "In form order")
        List<FieldView> fields) {

    static SectionTypeView of(SectionType type) {
        return new SectionTypeView(
                type.id(),
                type.schemaVersion(),
                type.label().texts(),
                type.help().texts(),
                type.fields().stream().map(FieldView::of).toList());
    }
}
