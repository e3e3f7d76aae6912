package org.bulletincms.sectiontype.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.SectionType;

/**
 * Hostile content derived from a type's field specs: each sample is a valid sample with one thing
 * made wrong, the way an attacker or a broken client would send it. Every one must be reported as a
 * violation or neutralised by sanitising.
 */
final class HostileSamples {

    static final int NESTING_DEPTH = 3_000;
    static final int HUGE_ARRAY = 100_000;
    // Immutable, so built once and shared by every sample.
    private static final JsonValue DEEPLY_NESTED = deeplyNested();
    private static final JsonValue JUNK_ENTRIES = repeated(JsonValue.TRUE, HUGE_ARRAY);

    private final ItemContent base;
    private final String locale;
    private final List<Sample> samples = new ArrayList<>();

    private HostileSamples(ItemContent base, String locale) {
        this.base = base;
        this.locale = locale;
    }

    static List<Sample> derive(SectionType type, ItemContent base, String locale) {
        HostileSamples hostile = new HostileSamples(base, locale);
        hostile.envelope(type);
        type.fields().forEach(hostile::field);
        return hostile.samples;
    }

    private void envelope(SectionType type) {
        add("an unknown shared field", base.toBuilder().shared("zzUnknown", "x").build());
        add(
                "an unknown field named __proto__ in a locale",
                base.toBuilder()
                        .localized(
                                locale, "__proto__", Json.createObjectBuilder().build())
                        .build());
        add(
                "a locale that is a path",
                base.toBuilder().localized("../../etc/passwd", "title", "x").build());
        add(
                "a locale the issue is not in",
                base.toBuilder()
                        .localized("fr", anyTranslatable(type), "bonjour")
                        .build());
    }

    private static String anyTranslatable(SectionType type) {
        return type.fields().stream()
                .filter(FieldSpec::isTranslatable)
                .map(FieldSpec::name)
                .findFirst()
                .orElse("zzUnknown");
    }

    private void field(FieldSpec field) {
        String name = field.name();
        add(name + " in the wrong place", misplaced(field));
        add(name + " as deeply nested arrays", with(field, DEEPLY_NESTED));
        add(
                name + " as an object",
                with(field, Json.createObjectBuilder().add("$ne", 1).build()));
        if (field.kind() == FieldKind.NUMBER) {
            add(name + " as a string", with(field, Json.createValue("5000")));
            add(name + " as a number too long to write", with(field, Json.createValue(new BigDecimal("1e999999999"))));
            add(
                    name + " as a negative number too long to write",
                    with(field, Json.createValue(new BigDecimal("-1e999999999"))));
        } else {
            add(name + " as a number", with(field, Json.createValue(42)));
        }
        if (field.kind().isList()) {
            list(field);
        } else {
            text(field);
        }
    }

    private void text(FieldSpec field) {
        String name = field.name();
        switch (field.kind()) {
            case PLAIN_TEXT -> {
                add(name + " with a NUL character", with(field, Json.createValue("a\u0000b")));
                add(name + " with an escape character", with(field, Json.createValue("a\u001b[31mb")));
                add(name + " with an unpaired surrogate", with(field, Json.createValue("a\uD800b")));
                add(name + " one character too long", with(field, Json.createValue("长".repeat(field.maxLength() + 1))));
            }
            case RICH_TEXT -> {
                add(name + " with a script", with(field, Json.createValue("<p>ok</p><script>alert(1)</script>")));
                add(
                        name + " with an event handler",
                        with(
                                field,
                                Json.createValue("<p onmouseover=\"alert(1)\">ok</p><img src=x onerror=alert(1)>")));
                add(
                        name + " with a javascript: link",
                        with(field, Json.createValue("<p><a href=\"javascript:alert(1)\">ok</a></p>")));
                add(
                        name + " with a data: link",
                        with(field, Json.createValue("<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">ok</a></p>")));
                add(
                        name + " with style, iframe and object",
                        with(
                                field,
                                Json.createValue(
                                        "<style>body{display:none}</style><p style=\"color:red\">ok</p><iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object>")));
                add(name + " with a NUL character", with(field, Json.createValue("<p>a\u0000b</p>")));
                add(
                        name + " one character too long",
                        with(field, Json.createValue("<p>" + "长".repeat(field.maxLength()) + "</p>")));
            }
            case URL -> {
                add(name + " as a javascript: address", with(field, Json.createValue("javascript:alert(1)")));
                add(
                        name + " as a data: address",
                        with(field, Json.createValue("data:text/html,<script>alert(1)</script>")));
                add(name + " as a relative address", with(field, Json.createValue("/admin")));
                add(name + " with spaces", with(field, Json.createValue("https://example.org/a b")));
                add(
                        name + " too long",
                        with(field, Json.createValue("https://example.org/" + "a".repeat(field.maxLength()))));
            }
            case EMAIL -> {
                add(name + " without a domain", with(field, Json.createValue("wangj@")));
                add(name + " with markup", with(field, Json.createValue("<script>@example.org")));
                add(name + " too long", with(field, Json.createValue("a".repeat(field.maxLength()) + "@example.org")));
            }
            case DATE -> {
                add(name + " on a day that does not exist", with(field, Json.createValue("2023-02-29")));
                add(name + " written in words", with(field, Json.createValue("29 May 2024")));
            }
            case ZONED_DATE_TIME -> {
                add(name + " without an offset", with(field, Json.createValue("2024-05-29T17:00")));
                add(
                        name + " with an offset the zone does not have",
                        with(field, Json.createValue("2024-05-29T17:00+05:00[Europe/Zurich]")));
            }
            case CHOICE ->
                add(name + " not among the options", with(field, Json.createValue("<script>alert(1)</script>")));
            case SOURCE_DOCUMENT -> add(name + " as a path", with(field, Json.createValue("../../etc/passwd")));
            case NUMBER -> {}
            case IMAGE -> picture(field);
            default -> throw new IllegalStateException("Not a scalar kind: " + field.kind());
        }
    }

    private void picture(FieldSpec field) {
        String name = field.name();
        add(
                name + "'s alt text with a NUL character",
                with(field, Json.createObjectBuilder().add("alt", "a\u0000b").build()));
        add(
                name + "'s alt text given as shared",
                shared(field, picture("0b5c8a6e-2f3d-4c1a-9e7b-5d4f3a2b1c0d").add("alt", "x")));
        add(name + " naming a path", shared(field, picture("../../etc/passwd")));
        add(
                name + " with an address of its own",
                shared(field, picture("0b5c8a6e-2f3d-4c1a-9e7b-5d4f3a2b1c0d").add("src", "javascript:alert(1)")));
        add(
                name + " with a focal point outside the picture",
                shared(
                        field,
                        picture("0b5c8a6e-2f3d-4c1a-9e7b-5d4f3a2b1c0d")
                                .add(
                                        "focalPoint",
                                        Json.createObjectBuilder().add("x", -1).add("y", 2))));
    }

    private static JsonObjectBuilder picture(String media) {
        return Json.createObjectBuilder().add("media", media);
    }

    private ItemContent shared(FieldSpec field, JsonObjectBuilder value) {
        return base.toBuilder().shared(field.name(), value.build()).build();
    }

    private void list(FieldSpec field) {
        String name = field.name();
        add(name + " as a string", with(field, Json.createValue("not a list")));
        add(name + " with one entry too many", with(field, repeated(validEntry(field.kind()), field.maxEntries() + 1)));
        add(name + " with " + HUGE_ARRAY + " junk entries", with(field, JUNK_ENTRIES));
        add(
                name + " with an entry of the wrong type",
                with(field, Json.createArrayBuilder().add(42).build()));
        add(
                name + " with an entry of deeply nested arrays",
                with(field, Json.createArrayBuilder().add(DEEPLY_NESTED).build()));
        switch (field.kind()) {
            case TEXT_LIST, NUMBERED_LIST -> {
                add(
                        name + " with a NUL character in an entry",
                        with(field, Json.createArrayBuilder().add("a\u0000b").build()));
                add(
                        name + " with an entry too long",
                        with(
                                field,
                                Json.createArrayBuilder()
                                        .add("长".repeat(field.maxLength() + 1))
                                        .build()));
            }
            case PEOPLE -> {
                add(
                        name + " with an unknown role",
                        with(
                                field,
                                entry(Json.createObjectBuilder()
                                        .add("name", "x")
                                        .add("role", "hacker")
                                        .build())));
                add(
                        name + " with an unknown part",
                        with(
                                field,
                                entry(Json.createObjectBuilder()
                                        .add("name", "x")
                                        .add("role", "speaker")
                                        .add("onclick", "alert(1)")
                                        .build())));
                add(
                        name + " with a name too long",
                        with(
                                field,
                                entry(Json.createObjectBuilder()
                                        .add("name", "长".repeat(field.maxLength() + 1))
                                        .add("role", "speaker")
                                        .build())));
            }
            case TERM_LIST ->
                add(
                        name + " with a term of the wrong type",
                        with(
                                field,
                                entry(Json.createObjectBuilder()
                                        .add("term", Json.createArrayBuilder().add("x"))
                                        .add("description", "y")
                                        .build())));
            case KEY_FIGURES -> {
                add(
                        name + " with a value as a string",
                        with(
                                field,
                                entry(Json.createObjectBuilder()
                                        .add("value", "5000")
                                        .add("label", "x")
                                        .build())));
                for (String huge : new String[] {"1e999999999", "-1e999999999"}) {
                    add(
                            name + " with a value of " + huge,
                            with(
                                    field,
                                    entry(Json.createObjectBuilder()
                                            .add("value", new BigDecimal(huge))
                                            .add("label", "x")
                                            .build())));
                }
                add(
                        name + " with an unpaired surrogate in a label",
                        with(
                                field,
                                entry(Json.createObjectBuilder()
                                        .add("value", 1)
                                        .add("label", "\uDC00")
                                        .build())));
            }
            case IMAGE_LIST -> pictures(field);
            default -> throw new IllegalStateException("Not a list kind: " + field.kind());
        }
    }

    /** The shared list of an image list: each picture is checked as an image's, at its position. */
    private void pictures(FieldSpec field) {
        String name = field.name();
        String media = "0b5c8a6e-2f3d-4c1a-9e7b-5d4f3a2b1c0d";
        add(
                name + "'s second alt text with a NUL character",
                with(
                        field,
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("alt", "x"))
                                .add(Json.createObjectBuilder().add("alt", "a\u0000b"))
                                .build()));
        add(
                name + " with a second picture naming a path",
                sharedList(field, Json.createArrayBuilder().add(picture(media)).add(picture("../../etc/passwd"))));
        add(name + " as one picture, not a list", shared(field, picture(media)));
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i <= field.maxEntries(); i++) {
            tooMany.add(picture(media));
        }
        add(name + " with one picture too many", sharedList(field, tooMany));
        add(
                name + " with a picture with an address of its own",
                sharedList(field, Json.createArrayBuilder().add(picture(media).add("src", "javascript:alert(1)"))));
        add(
                name + " with a picture of the wrong type",
                sharedList(field, Json.createArrayBuilder().add("../../etc/passwd")));
    }

    private ItemContent sharedList(FieldSpec field, JsonArrayBuilder value) {
        return base.toBuilder().shared(field.name(), value.build()).build();
    }

    static JsonValue validEntry(FieldKind kind) {
        return switch (kind) {
            case TEXT_LIST, NUMBERED_LIST -> Json.createValue("x");
            case PEOPLE ->
                Json.createObjectBuilder()
                        .add("name", "x")
                        .add("role", "speaker")
                        .build();
            case TERM_LIST ->
                Json.createObjectBuilder()
                        .add("term", "x")
                        .add("description", "y")
                        .build();
            case KEY_FIGURES ->
                Json.createObjectBuilder().add("value", 1).add("label", "x").build();
            case IMAGE_LIST -> Json.createObjectBuilder().add("alt", "x").build();
            default -> throw new IllegalStateException("Not a list kind: " + kind);
        };
    }

    private static JsonValue entry(JsonValue entry) {
        return Json.createArrayBuilder().add(entry).build();
    }

    private static JsonValue repeated(JsonValue entry, int times) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < times; i++) {
            array.add(entry);
        }
        return array.build();
    }

    private static JsonValue deeplyNested() {
        JsonValue nested = Json.createValue("<script>alert(1)</script>");
        for (int depth = 0; depth < NESTING_DEPTH; depth++) {
            nested = Json.createArrayBuilder().add(nested).build();
        }
        return nested;
    }

    private ItemContent with(FieldSpec field, JsonValue value) {
        return field.isTranslatable()
                ? base.toBuilder().localized(locale, field.name(), value).build()
                : base.toBuilder().shared(field.name(), value).build();
    }

    private ItemContent misplaced(FieldSpec field) {
        JsonValue value = Json.createValue("misplaced");
        return field.isTranslatable()
                ? base.toBuilder().shared(field.name(), value).build()
                : base.toBuilder().localized(locale, field.name(), value).build();
    }

    private void add(String description, ItemContent content) {
        samples.add(new Sample("derived: " + description, content));
    }
}
