package org.bulletincms.sectiontype;

import java.util.Map;
import org.bulletincms.spi.Violation;

/**
 * The violations the core's generic checks report, one constant per message key; every key has a
 * text in each of the core's message bundles (a test makes sure).
 */
public enum GenericViolation {
    /** The JSON is not item content; argument {@code expected}. */
    CONTENT_MALFORMED("content.malformed"),
    /** A locale key is not a canonical BCP 47 tag; argument {@code locale}. */
    LOCALE_MALFORMED("locale.malformed"),
    /** A locale has values but the issue is not published in it; arguments {@code locale}, {@code issueLocales}. */
    LOCALE_NOT_IN_ISSUE("locale.not-in-issue"),
    /** A required field, entry or part of an entry is missing; argument {@code field}. */
    FIELD_REQUIRED("field.required"),
    /** The section type has no such field; argument {@code field}. */
    FIELD_UNKNOWN("field.unknown"),
    /** A list entry has a part its kind does not have; arguments {@code field}, {@code part}. */
    ENTRY_UNKNOWN_PART("entry.unknown-part"),
    /** A translatable field is given under {@code shared}; arguments {@code field}. */
    FIELD_BELONGS_IN_LOCALE("field.belongs-in-locale"),
    /** A shared field is given under a locale; arguments {@code field}, {@code locale}. */
    FIELD_BELONGS_IN_SHARED("field.belongs-in-shared"),
    /** A value has the wrong JSON type; arguments {@code field}, {@code expected}. */
    FIELD_WRONG_TYPE("field.wrong-type"),
    /** A text is longer than allowed; arguments {@code field}, {@code max}, {@code actual}. */
    FIELD_TOO_LONG("field.too-long"),
    /** A list has more entries than allowed; arguments {@code field}, {@code max}, {@code actual}. */
    FIELD_TOO_MANY_ENTRIES("field.too-many-entries"),
    /** A text contains a control character or an unpaired surrogate; arguments {@code field}, {@code position}. */
    TEXT_INVALID_CHARACTER("text.invalid-character"),
    /** Not an absolute address; argument {@code field}. */
    URL_MALFORMED("url.malformed"),
    /** An address with a scheme other than those allowed; arguments {@code field}, {@code scheme}, {@code allowed}. */
    URL_SCHEME_NOT_ALLOWED("url.scheme-not-allowed"),
    /** Not an e-mail address; argument {@code field}. */
    EMAIL_MALFORMED("email.malformed"),
    /** Not a yyyy-mm-dd date; argument {@code field}. */
    DATE_MALFORMED("date.malformed"),
    /** Not an ISO-8601 date-time with offset, or offset and zone disagree; argument {@code field}. */
    DATE_TIME_MALFORMED("date-time.malformed"),
    /** Not one of the field's options; arguments {@code field}, {@code option}, {@code allowed}. */
    CHOICE_UNKNOWN_OPTION("choice.unknown-option"),
    /** A person's role is not a known role; arguments {@code field}, {@code role}, {@code allowed}. */
    PERSON_ROLE_UNKNOWN("person.role-unknown"),
    /** A person has neither name, title nor organisation; argument {@code field}. */
    PERSON_UNNAMED("person.unnamed"),
    /** A source document id has characters other than letters, digits and . _ : -; argument {@code field}. */
    SOURCE_DOCUMENT_MALFORMED("source-document.malformed"),
    /** An image's {@code media} is not a media id; argument {@code field}. */
    IMAGE_MALFORMED("image.malformed"),
    /** An image's picture is not in the media library of the item's publication; argument {@code field}. */
    IMAGE_UNKNOWN("image.unknown"),
    /** An image's focal point is not within 0..1; argument {@code field}. */
    IMAGE_FOCAL_POINT_OUTSIDE("image.focal-point-outside"),
    /** A picture that is not decorative has no alt text in a locale being published; {@code field}, {@code locale}. */
    IMAGE_ALT_REQUIRED("image.alt-required"),
    /** The section type's own rules failed to run (a plugin bug); argument {@code sectionType}. */
    SECTION_TYPE_RULES_FAILED("section-type.rules-failed");

    private final String key;

    GenericViolation(String key) {
        this.key = key;
    }

    /** The message key, e.g. {@code field.too-long}. */
    public String key() {
        return key;
    }

    Violation at(String pointer, Map<String, Object> arguments) {
        return Violation.of(pointer, key, arguments);
    }
}
