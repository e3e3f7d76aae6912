package org.bulletincms.plugins.standard;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.Violation;

/**
 * Rules for a key-figures field. It is translatable for its labels, so each language holds its own
 * copy of the values, and a translator who retypes “5000” as “500” would go unnoticed.
 */
final class KeyFigureRules {

    private KeyFigureRules() {}

    /** Each language's figures are the same values in the same order. */
    static List<Violation> agreeAcrossLocales(ItemContent content, FieldSpec figures, String messageKey) {
        String field = figures.name();
        int limit = figures.maxEntries();
        List<Violation> violations = new ArrayList<>();
        Optional<String> reference = content.locales().stream()
                .filter(locale -> content.localizedList(locale, field).isPresent())
                .findFirst();
        if (reference.isEmpty()) {
            return violations;
        }
        List<Optional<BigDecimal>> expected =
                values(content.localizedList(reference.get(), field).orElseThrow(), limit);
        for (String locale : content.locales()) {
            content.localizedList(locale, field)
                    .map(list -> values(list, limit))
                    .filter(values -> !sameValues(values, expected))
                    .ifPresent(values -> violations.add(Violation.of(
                            Violation.localizedField(locale, field), messageKey, Map.of("locale", reference.get()))));
        }
        return violations;
    }

    /** Every value is above zero. */
    static List<Violation> positive(ItemContent content, FieldSpec figures, String messageKey) {
        String field = figures.name();
        List<Violation> violations = new ArrayList<>();
        for (String locale : content.locales()) {
            content.localizedList(locale, field).ifPresent(list -> {
                List<Optional<BigDecimal>> values = values(list, figures.maxEntries());
                for (int index = 0; index < values.size(); index++) {
                    if (values.get(index).filter(value -> value.signum() <= 0).isPresent()) {
                        violations.add(Violation.of(
                                Violation.pointerTo("localized", locale, field, index, "value"),
                                messageKey,
                                Map.of("value", values.get(index).get().toString())));
                    }
                }
            });
        }
        return violations;
    }

    /** The values of the first {@code limit} figures: the core reports the rest, and hostile lists are long. */
    private static List<Optional<BigDecimal>> values(JsonArray figures, int limit) {
        List<Optional<BigDecimal>> values = new ArrayList<>();
        for (JsonValue figure : figures.subList(0, Math.min(limit, figures.size()))) {
            values.add(
                    figure instanceof JsonObject object && object.get("value") instanceof JsonNumber number
                            ? Optional.of(number.bigDecimalValue())
                            : Optional.empty());
        }
        return values;
    }

    private static boolean sameValues(List<Optional<BigDecimal>> values, List<Optional<BigDecimal>> expected) {
        if (values.size() != expected.size()) {
            return false;
        }
        for (int index = 0; index < values.size(); index++) {
            Optional<BigDecimal> value = values.get(index);
            Optional<BigDecimal> other = expected.get(index);
            if (value.isPresent() && other.isPresent() && value.get().compareTo(other.get()) != 0) {
                return false;
            }
        }
        return true;
    }
}
