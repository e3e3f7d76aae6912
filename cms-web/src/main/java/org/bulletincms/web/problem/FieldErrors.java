package org.bulletincms.web.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ViolationMessages;
import org.bulletincms.spi.Json;

/**
 * A problem's {@code errors}: each field violation at its pointer, with its key as the {@code code} clients branch on
 * and a sentence in the caller's language as the {@code message}. Every sentence comes from
 * {@link ViolationMessages}, the one renderer of violations: the core's bundles, or the section type's own texts
 * for a violation of an item's content.
 */
final class FieldErrors {

    private static final ViolationMessages MESSAGES = new ViolationMessages();

    private final Locale locale;
    private final InstalledSectionTypes sectionTypes;

    FieldErrors(Locale locale, InstalledSectionTypes sectionTypes) {
        this.locale = locale;
        this.sectionTypes = sectionTypes;
    }

    JsonArray toJson(List<FieldViolation> violations) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        violations.forEach(field -> errors.add(Json.createObjectBuilder()
                .add("pointer", field.pointer())
                .add("code", field.violation().messageKey())
                .add("message", message(field))));
        return errors.build();
    }

    private String message(FieldViolation field) {
        return field.sectionType()
                .flatMap(sectionTypes::find)
                .map(type -> MESSAGES.render(field.violation(), locale, type))
                .orElseGet(() -> MESSAGES.render(field.violation(), locale));
    }
}
