package org.bulletincms.sectiontype;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * The one way content enters the product: rich text is sanitised, then the content is checked field
 * by field against the section type's specs and by the type's own rules. All violations are
 * returned together; nothing here throws because of content, however hostile.
 */
public final class ItemContentCheck {

    private static final System.Logger LOG = System.getLogger(ItemContentCheck.class.getName());
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NO_BREAK_SPACE =
            Pattern.compile("&nbsp;|&#160;|&#xa0;|\u00a0", Pattern.CASE_INSENSITIVE);

    private final RichTextSanitizer sanitizer;

    public ItemContentCheck(RichTextSanitizer sanitizer) {
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
    }

    /**
     * Sanitises and checks content.
     *
     * @param type         the item's section type
     * @param content      the content as sent by an editor or read from storage
     * @param mode         how strictly to check
     * @param issueLocales the locale tags the item's issue is published in, e.g. {@code zh-CN} and
     *                     {@code en}; translatable values must be in these locales, and when
     *                     publishing, required ones must be in all of them
     * @param images       the pictures of the item's publication; an image naming another is refused
     */
    public CheckedItemContent check(
            SectionType type, ItemContent content, ValidationMode mode, Set<String> issueLocales, HeldImages images) {
        ItemContent sanitised = sanitizer.sanitise(type, content);
        List<Violation> violations = new ArrayList<>();
        Map<String, FieldSpec> fields = fieldsByName(type);
        checkShared(sanitised.shared(), fields, mode, images, violations);
        sanitised
                .localized()
                .forEach((locale, values) -> checkLocale(locale, values, fields, mode, issueLocales, violations));
        sanitised.sameInEveryLocale().ifPresent(locale -> checkOneLanguage(locale, issueLocales, violations));
        if (mode == ValidationMode.PUBLISH) {
            // Content the same in every locale is written in its one language only, so that is where it must be whole.
            Set<String> written = sanitised.sameInEveryLocale().map(Set::of).orElse(issueLocales);
            checkRequired(sanitised, type.fields(), written, violations);
            checkAltTexts(sanitised, type.fields(), written, violations);
        }
        violations.addAll(typeRules(type, sanitised, mode));
        return new CheckedItemContent(sanitised, violations);
    }

    private static Map<String, FieldSpec> fieldsByName(SectionType type) {
        Map<String, FieldSpec> byName = new HashMap<>();
        type.fields().forEach(field -> byName.put(field.name(), field));
        return byName;
    }

    private static void checkShared(
            JsonObject shared,
            Map<String, FieldSpec> fields,
            ValidationMode mode,
            HeldImages images,
            List<Violation> out) {
        shared.forEach((name, value) -> {
            String pointer = Violation.sharedField(name);
            FieldSpec field = fields.get(name);
            if (field == null) {
                out.add(GenericViolation.FIELD_UNKNOWN.at(pointer, Map.of("field", name)));
            } else if (field.kind() == FieldKind.IMAGE) {
                checkPicture(field, value, pointer, mode, images, out);
            } else if (field.kind() == FieldKind.IMAGE_LIST) {
                checkPictures(field, value, pointer, mode, images, out);
            } else if (field.isTranslatable()) {
                out.add(GenericViolation.FIELD_BELONGS_IN_LOCALE.at(pointer, Map.of("field", name)));
            } else {
                FieldValueCheck.check(field, value, pointer, mode, out);
            }
        });
    }

    /** The shared part of an image: its form, then whether the publication holds the picture. */
    private static void checkPicture(
            FieldSpec field,
            JsonValue value,
            String pointer,
            ValidationMode mode,
            HeldImages images,
            List<Violation> out) {
        int before = out.size();
        FieldValueCheck.checkPicture(field, value, pointer, mode, out);
        if (out.size() == before) {
            mediaId(value)
                    .filter(id -> !images.holds(id))
                    .ifPresent(id -> out.add(GenericViolation.IMAGE_UNKNOWN.at(
                            pointer + "/" + Picture.MEDIA, Map.of("field", field.name()))));
        }
    }

    /** The shared part of a list of pictures: its form, then whether the publication holds each picture. */
    private static void checkPictures(
            FieldSpec field,
            JsonValue value,
            String pointer,
            ValidationMode mode,
            HeldImages images,
            List<Violation> out) {
        int before = out.size();
        FieldValueCheck.checkPictures(field, value, pointer, mode, out);
        if (out.size() == before && value instanceof JsonArray pictures) {
            for (int index = 0; index < pictures.size(); index++) {
                String at = pointer + "/" + index + "/" + Picture.MEDIA;
                mediaId(pictures.get(index))
                        .filter(id -> !images.holds(id))
                        .ifPresent(id -> out.add(GenericViolation.IMAGE_UNKNOWN.at(at, Map.of("field", field.name()))));
            }
        }
    }

    private static Optional<UUID> mediaId(JsonValue picture) {
        return picture instanceof JsonObject object && object.get(Picture.MEDIA) instanceof JsonString id
                ? FieldValueCheck.mediaId(id.getString())
                : Optional.empty();
    }

    private static void checkLocale(
            String locale,
            JsonObject values,
            Map<String, FieldSpec> fields,
            ValidationMode mode,
            Set<String> issueLocales,
            List<Violation> out) {
        String localePointer = Violation.pointerTo("localized", locale);
        if (!isCanonicalTag(locale)) {
            // Values under a tag that is not a tag are not looked into: they are not anyone's translation.
            out.add(GenericViolation.LOCALE_MALFORMED.at(localePointer, Map.of("locale", locale)));
            return;
        }
        if (!issueLocales.contains(locale)) {
            out.add(GenericViolation.LOCALE_NOT_IN_ISSUE.at(
                    localePointer,
                    Map.of("locale", locale, "issueLocales", String.join(", ", new TreeSet<>(issueLocales)))));
        }
        values.forEach((name, value) -> {
            String pointer = Violation.localizedField(locale, name);
            FieldSpec field = fields.get(name);
            if (field == null) {
                out.add(GenericViolation.FIELD_UNKNOWN.at(pointer, Map.of("field", name)));
            } else if (!field.isTranslatable()) {
                out.add(GenericViolation.FIELD_BELONGS_IN_SHARED.at(pointer, Map.of("field", name, "locale", locale)));
            } else {
                FieldValueCheck.check(field, value, pointer, mode, out);
            }
        });
    }

    /** The one language of content that is the same in every locale must be one the issue is published in. */
    private static void checkOneLanguage(String locale, Set<String> issueLocales, List<Violation> out) {
        String pointer = Violation.pointerTo("sameInEveryLocale");
        if (!isCanonicalTag(locale)) {
            out.add(GenericViolation.LOCALE_MALFORMED.at(pointer, Map.of("locale", locale)));
        } else if (!issueLocales.contains(locale)) {
            out.add(GenericViolation.LOCALE_NOT_IN_ISSUE.at(
                    pointer, Map.of("locale", locale, "issueLocales", String.join(", ", new TreeSet<>(issueLocales)))));
        }
    }

    private static boolean isCanonicalTag(String tag) {
        String canonical = Locale.forLanguageTag(tag).toLanguageTag();
        return !"und".equals(canonical) && canonical.equals(tag);
    }

    private static void checkRequired(
            ItemContent content, List<FieldSpec> fields, Set<String> issueLocales, List<Violation> out) {
        for (FieldSpec field : fields) {
            if (!field.requiredAtPublish()) {
                continue;
            }
            if (!field.isTranslatable() || holdsPictures(field)) {
                requirePresent(field, content.shared().get(field.name()), Violation.sharedField(field.name()), out);
                continue;
            }
            for (String locale : new TreeSet<>(issueLocales)) {
                requirePresent(
                        field,
                        content.localized(locale).get(field.name()),
                        Violation.localizedField(locale, field.name()),
                        out);
            }
        }
    }

    /**
     * Readers who cannot see a picture get its alt text instead, in whatever language they read: a picture that is
     * not decorative needs one in every locale of the issue, whether or not the field is required.
     */
    private static void checkAltTexts(
            ItemContent content, List<FieldSpec> fields, Set<String> issueLocales, List<Violation> out) {
        for (FieldSpec field : fields) {
            JsonValue shared = content.shared().get(field.name());
            if (field.kind() == FieldKind.IMAGE && needsAltText(shared)) {
                for (String locale : new TreeSet<>(issueLocales)) {
                    checkAltText(field, locale, content.localized(locale).get(field.name()), "", out);
                }
            } else if (field.kind() == FieldKind.IMAGE_LIST && shared instanceof JsonArray pictures) {
                for (int index = 0; index < pictures.size(); index++) {
                    if (!needsAltText(pictures.get(index))) {
                        continue;
                    }
                    for (String locale : new TreeSet<>(issueLocales)) {
                        JsonValue words = content.localized(locale).get(field.name()) instanceof JsonArray list
                                        && index < list.size()
                                ? list.get(index)
                                : JsonValue.NULL;
                        checkAltText(field, locale, words, "/" + index, out);
                    }
                }
            }
        }
    }

    /** A picture that is there and not decorative. */
    private static boolean needsAltText(JsonValue picture) {
        return picture instanceof JsonObject object
                && !FieldValueCheck.isAbsent(object.get(Picture.MEDIA))
                && !JsonValue.TRUE.equals(object.get(Picture.DECORATIVE));
    }

    private static void checkAltText(
            FieldSpec field, String locale, JsonValue words, String position, List<Violation> out) {
        if (!(words instanceof JsonObject object) || FieldValueCheck.isAbsent(object.get(Picture.ALT))) {
            out.add(GenericViolation.IMAGE_ALT_REQUIRED.at(
                    Violation.localizedField(locale, field.name()) + position + "/" + Picture.ALT,
                    Map.of("field", field.name(), "locale", locale)));
        }
    }

    /** Image fields keep their pictures in the shared part: that is where a required one must be. */
    private static boolean holdsPictures(FieldSpec field) {
        return field.kind() == FieldKind.IMAGE || field.kind() == FieldKind.IMAGE_LIST;
    }

    private static void requirePresent(FieldSpec field, JsonValue value, String pointer, List<Violation> out) {
        if (FieldValueCheck.isAbsent(value) || field.kind() == FieldKind.RICH_TEXT && !hasVisibleText(value)) {
            out.add(GenericViolation.FIELD_REQUIRED.at(pointer, Map.of("field", field.name())));
        }
    }

    /** A rich text of empty paragraphs is as absent as an empty string, though not blank. */
    private static boolean hasVisibleText(JsonValue value) {
        if (!(value instanceof JsonString html)) {
            return true;
        }
        String text = NO_BREAK_SPACE
                .matcher(TAG.matcher(html.getString()).replaceAll(""))
                .replaceAll(" ");
        return !text.isBlank();
    }

    private static List<Violation> typeRules(SectionType type, ItemContent content, ValidationMode mode) {
        try {
            return Optional.ofNullable(type.validate(content, mode)).orElse(List.of()).stream()
                    .filter(Objects::nonNull)
                    .toList();
        } catch (RuntimeException e) {
            // The contract says validate() never throws; when a plugin does anyway, the editor learns
            // that the type's rules could not run instead of getting a server error.
            LOG.log(
                    System.Logger.Level.ERROR,
                    "Section type '" + type.id() + "' (" + type.getClass().getName()
                            + ") threw while validating; its rules were skipped",
                    e);
            return List.of(GenericViolation.SECTION_TYPE_RULES_FAILED.at("", Map.of("sectionType", type.id())));
        }
    }
}
