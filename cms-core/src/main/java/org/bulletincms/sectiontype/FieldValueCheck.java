package org.bulletincms.sectiontype;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bulletincms.spi.ChoiceOption;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.IsoTemporal;
import org.bulletincms.spi.PersonRole;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * Checks one field's value against its {@link FieldSpec}: JSON type, lengths, formats and list
 * shapes. Hostile values cost at most a walk over what the spec allows: a value of the wrong type is
 * reported without looking inside, and a list is looked into up to its maximum number of entries.
 */
final class FieldValueCheck {

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    // The HTML Living Standard's valid e-mail address, with at least one dot in the domain.
    private static final Pattern EMAIL = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+");
    private static final Pattern SOURCE_DOCUMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Set<String> PERSON_PARTS = Set.of("name", "title", "organisation", "role");
    private static final Set<String> TERM_PARTS = Set.of("term", "description");
    private static final Set<String> FIGURE_PARTS = Set.of("value", "unit", "label");
    private static final Set<String> PICTURE_PARTS = Set.copyOf(Picture.SHARED_MEMBERS);
    private static final Set<String> PICTURE_WORDS = Set.copyOf(Picture.LOCALIZED_MEMBERS);
    private static final List<String> FOCAL_POINT_PARTS = List.of("x", "y");
    private static final String ROLES =
            Arrays.stream(PersonRole.values()).map(PersonRole::code).collect(Collectors.joining(", "));

    private final FieldSpec field;
    private final ValidationMode mode;
    private final List<Violation> out;

    private FieldValueCheck(FieldSpec field, ValidationMode mode, List<Violation> out) {
        this.field = field;
        this.mode = mode;
        this.out = out;
    }

    /** Adds the violations of one present value to {@code out}. */
    static void check(FieldSpec field, JsonValue value, String pointer, ValidationMode mode, List<Violation> out) {
        new FieldValueCheck(field, mode, out).value(value, pointer);
    }

    /** JSON null, blank strings and empty arrays count as absent, as the SPI documents. */
    static boolean isAbsent(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return true;
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank();
        }
        return value instanceof JsonArray array && array.isEmpty();
    }

    private void value(JsonValue value, String pointer) {
        if (isAbsent(value)) {
            return;
        }
        switch (field.kind()) {
            case PLAIN_TEXT, RICH_TEXT -> text(value, pointer);
            case URL -> text(value, pointer, this::url);
            case EMAIL -> text(value, pointer, this::email);
            case DATE -> text(value, pointer, this::date);
            case ZONED_DATE_TIME -> text(value, pointer, this::dateTime);
            case CHOICE -> text(value, pointer, this::choice);
            case SOURCE_DOCUMENT -> text(value, pointer, this::sourceDocument);
            case NUMBER -> number(value, pointer, field.maxLength());
            case NUMBERED_LIST, TEXT_LIST -> list(value, pointer, this::textEntry);
            case PEOPLE -> list(value, pointer, this::person);
            case TERM_LIST -> list(value, pointer, this::term);
            case KEY_FIGURES -> list(value, pointer, this::keyFigure);
            case IMAGE -> pictureWords(value, pointer);
            case IMAGE_LIST -> list(value, pointer, this::pictureWords);
        }
    }

    /**
     * Adds the violations of the shared part of an {@link FieldKind#IMAGE} value (the picture, its focal point,
     * credit, licence) to {@code out}; whether the picture is in the library is the caller's question.
     */
    static void checkPicture(
            FieldSpec field, JsonValue value, String pointer, ValidationMode mode, List<Violation> out) {
        if (!isAbsent(value)) {
            new FieldValueCheck(field, mode, out).picture(value, pointer);
        }
    }

    /**
     * Adds the violations of the shared part of an {@link FieldKind#IMAGE_LIST} value (a list of at most
     * {@link FieldSpec#maxEntries()} pictures, each as {@link #checkPicture}) to {@code out}.
     */
    static void checkPictures(
            FieldSpec field, JsonValue value, String pointer, ValidationMode mode, List<Violation> out) {
        if (!isAbsent(value)) {
            FieldValueCheck check = new FieldValueCheck(field, mode, out);
            check.list(value, pointer, check::picture);
        }
    }

    private void picture(JsonValue value, String pointer) {
        JsonObject picture = entryObject(value, pointer, PICTURE_PARTS);
        if (picture == null) {
            return;
        }
        JsonValue media = picture.get(Picture.MEDIA);
        if (isAbsent(media)) {
            // a picture's words without the picture are no picture at all, draft or not
            out.add(GenericViolation.FIELD_REQUIRED.at(pointer + "/" + Picture.MEDIA, Map.of("field", field.name())));
        } else if (!(media instanceof JsonString id)) {
            wrongType(pointer + "/" + Picture.MEDIA, "string");
        } else if (mediaId(id.getString()).isEmpty()) {
            out.add(GenericViolation.IMAGE_MALFORMED.at(pointer + "/" + Picture.MEDIA, Map.of("field", field.name())));
        }
        part(picture, Picture.CREDIT, pointer);
        part(picture, Picture.LICENCE, pointer);
        focalPoint(picture.get(Picture.FOCAL_POINT), pointer + "/" + Picture.FOCAL_POINT);
        JsonValue decorative = picture.get(Picture.DECORATIVE);
        if (decorative != null
                && !Set.of(JsonValue.ValueType.NULL, JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE)
                        .contains(decorative.getValueType())) {
            wrongType(pointer + "/" + Picture.DECORATIVE, "boolean");
        }
    }

    /** A media id as the media library writes it: a UUID in its canonical lower-case form. */
    static Optional<UUID> mediaId(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void focalPoint(JsonValue value, String pointer) {
        if (isAbsent(value)) {
            return;
        }
        JsonObject point = entryObject(value, pointer, Set.copyOf(FOCAL_POINT_PARTS));
        if (point == null) {
            return;
        }
        for (String axis : FOCAL_POINT_PARTS) {
            JsonValue coordinate = point.get(axis);
            if (!(coordinate instanceof JsonNumber number)) {
                wrongType(pointer + "/" + axis, "number");
            } else if (!(number.doubleValue() >= 0 && number.doubleValue() <= 1)) {
                out.add(GenericViolation.IMAGE_FOCAL_POINT_OUTSIDE.at(
                        pointer + "/" + axis, Map.of("field", field.name())));
            }
        }
    }

    /** A locale's part of an image: its alt text and caption. */
    private void pictureWords(JsonValue value, String pointer) {
        JsonObject words = entryObject(value, pointer, PICTURE_WORDS);
        if (words != null) {
            part(words, Picture.ALT, pointer);
            part(words, Picture.CAPTION, pointer);
        }
    }

    private interface Format {
        void check(String text, String pointer);
    }

    private void text(JsonValue value, String pointer) {
        text(value, pointer, (text, at) -> {});
    }

    private void text(JsonValue value, String pointer, Format format) {
        if (!(value instanceof JsonString string)) {
            wrongType(pointer, "string");
            return;
        }
        if (TextCheck.check(field.name(), string.getString(), lengthLimit(), pointer, out)) {
            format.check(string.getString(), pointer);
        }
    }

    /** Dates and choices are either well-formed or not; "too long" would only hide what is wrong with them. */
    private int lengthLimit() {
        return switch (field.kind()) {
            case DATE, ZONED_DATE_TIME, CHOICE -> Integer.MAX_VALUE;
            default -> field.maxLength();
        };
    }

    private void url(String text, String pointer) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() != null && !WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                out.add(GenericViolation.URL_SCHEME_NOT_ALLOWED.at(
                        pointer, Map.of("field", field.name(), "scheme", uri.getScheme(), "allowed", "http, https")));
            } else if (uri.getScheme() == null
                    || uri.getRawAuthority() == null
                    || uri.getRawAuthority().isBlank()) {
                out.add(GenericViolation.URL_MALFORMED.at(pointer, Map.of("field", field.name())));
            }
        } catch (URISyntaxException e) {
            // "javascript:alert(1)" parses; what does not parse is not an address at all.
            out.add(GenericViolation.URL_MALFORMED.at(pointer, Map.of("field", field.name())));
        }
    }

    private void email(String text, String pointer) {
        if (!EMAIL.matcher(text).matches()) {
            out.add(GenericViolation.EMAIL_MALFORMED.at(pointer, Map.of("field", field.name())));
        }
    }

    private void date(String text, String pointer) {
        if (IsoTemporal.date(text).isEmpty()) {
            out.add(GenericViolation.DATE_MALFORMED.at(pointer, Map.of("field", field.name())));
        }
    }

    private void dateTime(String text, String pointer) {
        if (IsoTemporal.zonedDateTime(text).isEmpty()) {
            out.add(GenericViolation.DATE_TIME_MALFORMED.at(pointer, Map.of("field", field.name())));
        }
    }

    private void choice(String text, String pointer) {
        if (field.option(text).isEmpty()) {
            String allowed = field.options().stream().map(ChoiceOption::code).collect(Collectors.joining(", "));
            out.add(GenericViolation.CHOICE_UNKNOWN_OPTION.at(
                    pointer, Map.of("field", field.name(), "option", text, "allowed", allowed)));
        }
    }

    private void sourceDocument(String text, String pointer) {
        if (!SOURCE_DOCUMENT_ID.matcher(text).matches()) {
            out.add(GenericViolation.SOURCE_DOCUMENT_MALFORMED.at(pointer, Map.of("field", field.name())));
        }
    }

    private void number(JsonValue value, String pointer, int maxLength) {
        if (!(value instanceof JsonNumber number)) {
            wrongType(pointer, "number");
            return;
        }
        long length = writtenLength(number.bigDecimalValue());
        if (length > maxLength) {
            out.add(GenericViolation.FIELD_TOO_LONG.at(
                    pointer, Map.of("field", field.name(), "max", maxLength, "actual", length)));
        }
    }

    /** The length of the plain decimal form, computed without writing it: 1e999999999 would not fit in memory. */
    private static long writtenLength(BigDecimal number) {
        long integerDigits = Math.max(1L, (long) number.precision() - number.scale());
        long fractionDigits = Math.max(0L, number.scale());
        return integerDigits + fractionDigits + (fractionDigits > 0 ? 1 : 0) + (number.signum() < 0 ? 1 : 0);
    }

    private interface EntryCheck {
        void check(JsonValue entry, String pointer);
    }

    private void list(JsonValue value, String pointer, EntryCheck entryCheck) {
        if (!(value instanceof JsonArray entries)) {
            wrongType(pointer, "array");
            return;
        }
        if (entries.size() > field.maxEntries()) {
            out.add(GenericViolation.FIELD_TOO_MANY_ENTRIES.at(
                    pointer, Map.of("field", field.name(), "max", field.maxEntries(), "actual", entries.size())));
        }
        int checked = Math.min(entries.size(), field.maxEntries());
        for (int index = 0; index < checked; index++) {
            entryCheck.check(entries.get(index), pointer + "/" + index);
        }
    }

    private void textEntry(JsonValue entry, String pointer) {
        if (isAbsent(entry)) {
            required(pointer);
        } else {
            text(entry, pointer);
        }
    }

    private void person(JsonValue entry, String pointer) {
        JsonObject person = entryObject(entry, pointer, PERSON_PARTS);
        if (person == null) {
            return;
        }
        for (String part : List.of("name", "title", "organisation")) {
            part(person, part, pointer);
        }
        boolean unnamed =
                isAbsent(person.get("name")) && isAbsent(person.get("title")) && isAbsent(person.get("organisation"));
        if (unnamed && mode == ValidationMode.PUBLISH) {
            out.add(GenericViolation.PERSON_UNNAMED.at(pointer, Map.of("field", field.name())));
        }
        JsonValue role = person.get("role");
        if (isAbsent(role)) {
            required(pointer + "/role");
        } else if (!(role instanceof JsonString code)) {
            wrongType(pointer + "/role", "string");
        } else if (PersonRole.fromCode(code.getString()).isEmpty()) {
            out.add(GenericViolation.PERSON_ROLE_UNKNOWN.at(
                    pointer + "/role", Map.of("field", field.name(), "role", code.getString(), "allowed", ROLES)));
        }
    }

    private void term(JsonValue entry, String pointer) {
        JsonObject term = entryObject(entry, pointer, TERM_PARTS);
        if (term != null) {
            requiredPart(term, "term", pointer);
            requiredPart(term, "description", pointer);
        }
    }

    private void keyFigure(JsonValue entry, String pointer) {
        JsonObject figure = entryObject(entry, pointer, FIGURE_PARTS);
        if (figure == null) {
            return;
        }
        JsonValue value = figure.get("value");
        if (isAbsent(value)) {
            required(pointer + "/value");
        } else {
            // A figure's maxLength is about its label; its value is held to what a NUMBER field allows.
            number(value, pointer + "/value", FieldKind.NUMBER.defaultMaxLength());
        }
        part(figure, "unit", pointer);
        requiredPart(figure, "label", pointer);
    }

    private JsonObject entryObject(JsonValue entry, String pointer, Set<String> parts) {
        if (!(entry instanceof JsonObject object)) {
            wrongType(pointer, "object");
            return null;
        }
        object.keySet().stream()
                .filter(key -> !parts.contains(key))
                .forEach(key -> out.add(GenericViolation.ENTRY_UNKNOWN_PART.at(
                        pointer + Violation.pointerTo(key), Map.of("field", field.name(), "part", key))));
        return object;
    }

    private void requiredPart(JsonObject entry, String part, String pointer) {
        if (isAbsent(entry.get(part))) {
            required(pointer + "/" + part);
        } else {
            part(entry, part, pointer);
        }
    }

    private void part(JsonObject entry, String part, String pointer) {
        JsonValue value = entry.get(part);
        if (!isAbsent(value)) {
            text(value, pointer + "/" + part);
        }
    }

    /** Parts of a list entry are required when publishing; a draft may hold a half-filled row. */
    private void required(String pointer) {
        if (mode == ValidationMode.PUBLISH) {
            out.add(GenericViolation.FIELD_REQUIRED.at(pointer, Map.of("field", field.name())));
        }
    }

    private void wrongType(String pointer, String expected) {
        out.add(GenericViolation.FIELD_WRONG_TYPE.at(pointer, Map.of("field", field.name(), "expected", expected)));
    }
}
