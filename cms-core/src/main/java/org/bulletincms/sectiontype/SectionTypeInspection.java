package org.bulletincms.sectiontype;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bulletincms.spi.ChoiceOption;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SchemaUpgrade;
import org.bulletincms.spi.SectionType;

/**
 * Checks a section type's declaration against the contract, the way start-up does. Every problem is
 * reported at once, phrased as what to fix, so that a plugin author fixes them in one round.
 */
public final class SectionTypeInspection {

    /** The form of a section type id and of a choice option code. */
    public static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** The form of a field name. */
    public static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** The form of a violation message key. */
    public static final Pattern MESSAGE_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private static final List<String> REQUIRED_LANGUAGES = List.of(LocalizedText.CHINESE, LocalizedText.ENGLISH);

    private final List<String> problems = new ArrayList<>();

    private SectionTypeInspection() {}

    /**
     * What is wrong with a type's declaration; empty when it is well-formed. Never throws, even when
     * the type's methods do.
     */
    public static List<String> problemsOf(SectionType type) {
        SectionTypeInspection inspection = new SectionTypeInspection();
        inspection.inspect(type);
        return List.copyOf(inspection.problems);
    }

    private void inspect(SectionType type) {
        String id = call("id()", type::id, "");
        if (!KEBAB_CASE.matcher(id).matches()) {
            problems.add("id() returns '" + id
                    + "'; return a fixed lower-case kebab-case literal such as 'report-summary' (" + KEBAB_CASE + ")");
        }
        int version = call("schemaVersion()", type::schemaVersion, 1);
        if (version < 1) {
            problems.add("schemaVersion() returns " + version + "; versions start at 1");
        }
        languages("label()", call("label()", type::label, LocalizedText.none()));
        languages("help()", call("help()", type::help, LocalizedText.none()));
        fields(call("fields()", type::fields, List.of()));
        upgrades(version, call("upgrades()", type::upgrades, List.of()));
        messages(id, call("messages()", type::messages, Map.of()));
    }

    private <T> T call(String method, Supplier<T> declaration, T fallback) {
        try {
            T value = declaration.get();
            if (value == null) {
                problems.add(method + " returns null; return a value");
                return fallback;
            }
            return value;
        } catch (RuntimeException e) {
            problems.add(method + " throws " + e + "; declarations must not fail");
            return fallback;
        }
    }

    private void languages(String what, LocalizedText text) {
        for (String language : REQUIRED_LANGUAGES) {
            if (!text.has(language)) {
                problems.add(what + " has no '" + language + "' text; give every label and help in zh and en");
            }
        }
    }

    private void fields(List<FieldSpec> fields) {
        if (fields.isEmpty()) {
            problems.add("fields() is empty; declare at least one field");
        }
        Set<String> names = new HashSet<>();
        for (FieldSpec field : fields) {
            if (field == null) {
                problems.add("fields() contains null; remove it");
                continue;
            }
            String name = field.name();
            String where = "field '" + name + "'";
            if (!LOWER_CAMEL_CASE.matcher(name).matches()) {
                problems.add(where + ": the name must be a lower camel-case JSON key such as 'startDate' ("
                        + LOWER_CAMEL_CASE + ")");
            }
            if (!names.add(name)) {
                problems.add(where + " is declared twice; field names must be unique");
            }
            if (field.maxLength() <= 0) {
                problems.add(where + ": maxLength is " + field.maxLength() + "; it must be positive");
            }
            if (field.maxEntries() <= 0) {
                problems.add(where + ": maxEntries is " + field.maxEntries() + "; it must be positive");
            }
            languages(where + " label", field.label());
            field.help().ifPresent(help -> languages(where + " help", help));
            options(where, field);
            if (field.kind() == FieldKind.IMAGE && !field.isTranslatable()) {
                problems.add(where + " is an IMAGE that is not translatable; its alt text and caption are written per"
                        + " locale: declare it with FieldSpec.image(name)");
            }
            if (field.kind() == FieldKind.IMAGE_LIST && !field.isTranslatable()) {
                problems.add(where + " is an IMAGE_LIST that is not translatable; its alt texts and captions are"
                        + " written per locale: declare it with FieldSpec.images(name)");
            }
        }
    }

    private void options(String where, FieldSpec field) {
        if (field.kind() != FieldKind.CHOICE) {
            if (!field.options().isEmpty()) {
                problems.add(where + " is " + field.kind() + " but has options; only CHOICE fields have options");
            }
            return;
        }
        if (field.options().isEmpty()) {
            problems.add(where + " is a CHOICE without options; add at least one with option(code, zh, en)");
        }
        Set<String> codes = new HashSet<>();
        for (ChoiceOption option : field.options()) {
            if (!KEBAB_CASE.matcher(option.code()).matches()) {
                problems.add(where + ": option code '" + option.code() + "' must be lower-case kebab case ("
                        + KEBAB_CASE + ")");
            }
            if (!codes.add(option.code())) {
                problems.add(where + ": option code '" + option.code() + "' is declared twice");
            }
            languages(where + " option '" + option.code() + "' label", option.label());
        }
    }

    private void upgrades(int version, List<SchemaUpgrade> upgrades) {
        Set<Integer> declared = new TreeSet<>();
        for (SchemaUpgrade upgrade : upgrades) {
            if (upgrade == null) {
                problems.add("upgrades() contains null; remove it");
                continue;
            }
            int from = call("an upgrade's fromVersion()", upgrade::fromVersion, 0);
            if (from < 1 || from >= version) {
                problems.add("an upgrade from version " + from + " is declared, but schemaVersion() is " + version
                        + "; upgrades go from each version 1.." + (version - 1) + " to the next");
            } else if (!declared.add(from)) {
                problems.add("two upgrades from version " + from + " are declared; keep one");
            }
        }
        for (int from = 1; from < version; from++) {
            if (!declared.contains(from)) {
                problems.add("no upgrade from version " + from + " to " + (from + 1)
                        + " is declared; content stored under version " + from
                        + " could not be read. Add one to upgrades()");
            }
        }
    }

    private void messages(String id, Map<String, LocalizedText> messages) {
        messages.forEach((key, text) -> {
            if (key == null || text == null) {
                problems.add("messages() contains a null key or text; remove it");
                return;
            }
            if (!MESSAGE_KEY.matcher(key).matches() || !key.startsWith(id + ".")) {
                problems.add("message key '" + key + "' must be dotted lower-case words starting with '" + id + ".'");
            }
            languages("message '" + key + "'", text);
        });
    }
}
