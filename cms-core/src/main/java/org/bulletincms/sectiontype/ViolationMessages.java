package org.bulletincms.sectiontype;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.Violation;

/**
 * Turns a violation into a sentence for an editor: the core's keys from the bundles
 * {@code org/bulletincms/sectiontype/messages*.properties}, a plugin's keys from its
 * {@link SectionType#messages()}. {@code {name}} in a text is replaced by the argument {@code name};
 * the argument {@code field} is shown as the field's label when the section type is known.
 */
public final class ViolationMessages {

    /** The base name of the core's message bundles. */
    public static final String BUNDLE = "org.bulletincms.sectiontype.messages";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    // Without this control a Chinese JVM default locale would answer an English request in Chinese.
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The sentence for a core violation. */
    public String render(Violation violation, Locale locale) {
        return render(violation, locale, Optional.empty());
    }

    /** The sentence for a violation of content of this section type, core's or the type's own. */
    public String render(Violation violation, Locale locale, SectionType type) {
        return render(violation, locale, Optional.of(type));
    }

    private String render(Violation violation, Locale locale, Optional<SectionType> type) {
        Optional<String> template = coreTemplate(violation.messageKey(), locale)
                .or(() -> type.flatMap(t -> Optional.ofNullable(t.messages().get(violation.messageKey())))
                        .map(text -> text.get(locale)));
        if (template.isEmpty()) {
            // Never fail to report a problem because its text is missing: the key still says what it is.
            return violation.messageKey() + " " + violation.arguments();
        }
        Map<String, Object> arguments = new HashMap<>(violation.arguments());
        type.ifPresent(
                t -> fieldLabel(t, arguments.get("field"), locale).ifPresent(label -> arguments.put("field", label)));
        return fill(template.get(), arguments);
    }

    /** Whether the core's bundles have a text for this key in this locale (the root bundle counts). */
    public boolean hasCoreText(String key, Locale locale) {
        return coreTemplate(key, locale).isPresent();
    }

    private static Optional<String> coreTemplate(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE, locale, ViolationMessages.class.getClassLoader(), NO_DEFAULT_LOCALE);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> fieldLabel(SectionType type, Object field, Locale locale) {
        return type.fields().stream()
                .filter(spec -> spec.name().equals(field))
                .findFirst()
                .map(FieldSpec::label)
                .filter(label -> !label.texts().isEmpty())
                .map(label -> label.get(locale));
    }

    private static String fill(String template, Map<String, Object> arguments) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            Object value = arguments.get(placeholder.group(1));
            placeholder.appendReplacement(
                    text, Matcher.quoteReplacement(value == null ? placeholder.group() : String.valueOf(value)));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}
