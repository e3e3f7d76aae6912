package org.bulletincms.spi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12, as OpenAPI 3.1 uses it) of a section type's delivery object, derived from its
 * field specs: each field by its {@link FieldKind}, with its limits, label and help, required when it is
 * {@linkplain FieldSpec#requiredAtPublish() required to publish} (published items always have it), no other
 * properties. The core puts it into the OpenAPI document as {@code ItemFields.<type id>}, so front ends can
 * generate types for every installed section type.
 *
 * <p>A type whose {@link SectionType#toDelivery} reshapes fields describes the new shape from the same specs:
 * <pre>{@code
 * DeliverySchema.of(FIELDS).without("sourceName", "sourceUrl")
 *         .with("source", DeliverySchema.object(Map.of(...), List.of()), false)
 *         .build()
 * }</pre>
 * Each step returns a new immutable schema.
 *
 * @since 0.2
 */
public final class DeliverySchema {

    /** The keyword extensions the core adds to each field's schema: its kind and whether it is translatable. */
    public static final String KIND = "x-field-kind";

    public static final String TRANSLATABLE = "x-translatable";

    private final Map<String, JsonObject> properties;
    private final List<String> required;

    private DeliverySchema(Map<String, JsonObject> properties, List<String> required) {
        this.properties = new LinkedHashMap<>(properties);
        this.required = List.copyOf(required);
    }

    /**
     * The schema of the default delivery of these fields ({@link SectionType#toDelivery}'s default).
     *
     * @since 0.2
     */
    public static DeliverySchema of(List<FieldSpec> fields) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (FieldSpec field : fields) {
            properties.put(field.name(), field(field));
            if (field.requiredAtPublish()) {
                required.add(field.name());
            }
        }
        return new DeliverySchema(properties, required);
    }

    /**
     * This schema without these properties.
     *
     * @since 0.2
     */
    public DeliverySchema without(String... names) {
        List<String> gone = Arrays.asList(names);
        Map<String, JsonObject> kept = new LinkedHashMap<>(properties);
        kept.keySet().removeAll(gone);
        return new DeliverySchema(
                kept, required.stream().filter(name -> !gone.contains(name)).toList());
    }

    /**
     * This schema with one more property after the ones it has (or in place of one of the same name).
     *
     * @since 0.2
     */
    public DeliverySchema with(String name, JsonObject schema, boolean isRequired) {
        Map<String, JsonObject> more = new LinkedHashMap<>(properties);
        more.put(name, schema);
        List<String> requiredMore = new ArrayList<>(required);
        requiredMore.remove(name);
        if (isRequired) {
            requiredMore.add(name);
        }
        return new DeliverySchema(more, requiredMore);
    }

    /**
     * The schema as JSON: an object with these properties and no others.
     *
     * @since 0.2
     */
    public JsonObject build() {
        return object(properties, required);
    }

    /**
     * A JSON Schema object with these properties (in the map's order) and no others.
     *
     * @since 0.2
     */
    public static JsonObject object(Map<String, JsonObject> properties, List<String> required) {
        JsonObjectBuilder members = Json.createObjectBuilder();
        properties.forEach(members::add);
        JsonObjectBuilder schema =
                Json.createObjectBuilder().add("type", "object").add("properties", members);
        if (!required.isEmpty()) {
            schema.add("required", Json.createArrayBuilder(required));
        }
        return schema.add("additionalProperties", false).build();
    }

    /**
     * The schema of one field's delivered value, by its kind (see {@link FieldKind} for each JSON shape).
     *
     * @since 0.2
     */
    public static JsonObject field(FieldSpec field) {
        JsonObjectBuilder schema = Json.createObjectBuilder();
        switch (field.kind()) {
            case PLAIN_TEXT -> text(schema, field);
            case RICH_TEXT -> text(schema, field).add("contentMediaType", "text/html");
            case URL -> text(schema, field).add("format", "uri");
            case EMAIL -> text(schema, field).add("format", "email");
            case DATE -> schema.add("type", "string").add("format", "date");
            case ZONED_DATE_TIME ->
                schema.add("type", "string")
                        .add(
                                "description",
                                "ISO-8601 with offset, optionally a region zone: 2024-05-29T17:00+02:00"
                                        + "[Europe/Zurich]");
            case NUMBER -> schema.add("type", "number");
            case CHOICE -> {
                JsonArrayBuilder codes = Json.createArrayBuilder();
                field.options().forEach(option -> codes.add(option.code()));
                schema.add("type", "string").add("enum", codes);
            }
            case SOURCE_DOCUMENT -> text(schema, field).add("pattern", "^[A-Za-z0-9._:-]+$");
            case NUMBERED_LIST, TEXT_LIST -> list(schema, field, limited(field));
            case TERM_LIST -> list(schema, field, term(field));
            case KEY_FIGURES -> list(schema, field, keyFigure(field));
            case PEOPLE -> list(schema, field, person(field));
            case IMAGE -> picture(field).forEach(schema::add);
            case IMAGE_LIST -> list(schema, field, picture(field));
        }
        if (!field.label().texts().isEmpty()) {
            schema.add("title", field.label().get(LocalizedText.ENGLISH));
        }
        field.help().ifPresent(help -> schema.add("description", help.get(LocalizedText.ENGLISH)));
        return schema.add(KIND, field.kind().name())
                .add(TRANSLATABLE, field.isTranslatable())
                .build();
    }

    private static JsonObjectBuilder text(JsonObjectBuilder schema, FieldSpec field) {
        return schema.add("type", "string").add("maxLength", field.maxLength());
    }

    private static JsonObject limited(FieldSpec field) {
        return Json.createObjectBuilder()
                .add("type", "string")
                .add("maxLength", field.maxLength())
                .build();
    }

    private static void list(JsonObjectBuilder schema, FieldSpec field, JsonObject entry) {
        schema.add("type", "array").add("items", entry).add("maxItems", field.maxEntries());
    }

    private static JsonObject person(FieldSpec field) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (PersonRole role : PersonRole.values()) {
            roles.add(role.code());
        }
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        properties.put("name", limited(field));
        properties.put("title", limited(field));
        properties.put("organisation", limited(field));
        properties.put(
                "role",
                Json.createObjectBuilder()
                        .add("type", "string")
                        .add("enum", roles)
                        .build());
        return object(properties, List.of("role"));
    }

    /**
     * A published picture: the field's members (see {@link FieldKind#IMAGE}) and where the core serves it (see
     * {@link Picture.Source}); alt is the empty string for a decorative picture. Each entry of an
     * {@link FieldKind#IMAGE_LIST} is one.
     */
    private static JsonObject picture(FieldSpec field) {
        JsonObject pixels = Json.createObjectBuilder()
                .add("type", "integer")
                .add("minimum", 1)
                .add("description", "Pixels, upright")
                .build();
        JsonObject url = Json.createObjectBuilder()
                .add("type", "string")
                .add("format", "uri")
                .add("description", "Absolute; named by the SHA-256 of the bytes, served immutable")
                .build();
        JsonObject coordinate = Json.createObjectBuilder()
                .add("type", "number")
                .add("minimum", 0)
                .add("maximum", 1)
                .build();
        Map<String, JsonObject> rendition = new LinkedHashMap<>();
        rendition.put("url", url);
        rendition.put(Picture.WIDTH, pixels);
        rendition.put(Picture.HEIGHT, pixels);
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        properties.put(
                Picture.MEDIA,
                Json.createObjectBuilder()
                        .add("type", "string")
                        .add("format", "uuid")
                        .add("description", "The picture's id in the media library")
                        .build());
        properties.put(Picture.SRC, url);
        properties.put(
                Picture.SRCSET,
                Json.createObjectBuilder()
                        .add("type", "string")
                        .add("description", "Every rendition as an HTML srcset: \"<url> 320w, <url> 640w, …\"")
                        .build());
        properties.put(Picture.WIDTH, pixels);
        properties.put(Picture.HEIGHT, pixels);
        JsonObject renditions = Json.createObjectBuilder()
                .add("type", "array")
                .add("items", object(rendition, List.of("url", Picture.WIDTH, Picture.HEIGHT)))
                .add("description", "Narrowest first")
                .build();
        properties.put(Picture.RENDITIONS, renditions);
        JsonArrayBuilder ratios = Json.createArrayBuilder();
        Arrays.stream(AspectRatio.values()).map(AspectRatio::code).forEach(ratios::add);
        Map<String, JsonObject> crop = new LinkedHashMap<>();
        crop.put(
                Picture.RATIO,
                Json.createObjectBuilder()
                        .add("type", "string")
                        .add("enum", ratios)
                        .build());
        crop.put(Picture.SRC, url);
        crop.put(Picture.SRCSET, properties.get(Picture.SRCSET));
        crop.put(Picture.WIDTH, pixels);
        crop.put(Picture.HEIGHT, pixels);
        crop.put(Picture.RENDITIONS, renditions);
        properties.put(
                Picture.CROPS,
                Json.createObjectBuilder()
                        .add("type", "array")
                        .add(
                                "items",
                                object(
                                        crop,
                                        List.of(
                                                Picture.RATIO,
                                                Picture.SRC,
                                                Picture.SRCSET,
                                                Picture.WIDTH,
                                                Picture.HEIGHT,
                                                Picture.RENDITIONS)))
                        .add(
                                "description",
                                "The picture cut to each ratio around its focal point (width and height: the"
                                        + " part of the picture it shows); absent in editions published before"
                                        + " crops were made")
                        .build());
        properties.put(Picture.ALT, limited(field));
        properties.put(Picture.CAPTION, limited(field));
        properties.put(Picture.CREDIT, limited(field));
        properties.put(Picture.LICENCE, limited(field));
        Map<String, JsonObject> point = new LinkedHashMap<>();
        point.put("x", coordinate);
        point.put("y", coordinate);
        properties.put(Picture.FOCAL_POINT, object(point, List.of("x", "y")));
        properties.put(
                Picture.DECORATIVE,
                Json.createObjectBuilder().add("type", "boolean").build());
        return object(
                properties,
                List.of(
                        Picture.MEDIA,
                        Picture.SRC,
                        Picture.SRCSET,
                        Picture.WIDTH,
                        Picture.HEIGHT,
                        Picture.RENDITIONS,
                        Picture.ALT));
    }

    private static JsonObject term(FieldSpec field) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        properties.put("term", limited(field));
        properties.put("description", limited(field));
        return object(properties, List.of("term", "description"));
    }

    private static JsonObject keyFigure(FieldSpec field) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        properties.put("value", Json.createObjectBuilder().add("type", "number").build());
        properties.put("unit", limited(field));
        properties.put("label", limited(field));
        return object(properties, List.of("value", "label"));
    }
}
