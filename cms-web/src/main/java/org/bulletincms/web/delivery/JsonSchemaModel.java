package org.bulletincms.web.delivery;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A JSON Schema given as JSON (a section type's {@code deliverySchema()}) as a schema of the OpenAPI model, so an
 * {@code OASFilter} can put it into the document. Keywords the model has setters for are set through them; any other
 * keyword (a plugin may use more of JSON Schema) is carried as it is, and {@code x-} keywords as extensions.
 */
final class JsonSchemaModel {

    private JsonSchemaModel() {}

    static Schema of(JsonObject json) {
        Schema schema = OASFactory.createSchema();
        json.forEach((keyword, value) -> keyword(schema, keyword, value));
        return schema;
    }

    private static void keyword(Schema schema, String keyword, JsonValue value) {
        switch (keyword) {
            case "type" ->
                schema.type(List.of(Schema.SchemaType.valueOf(text(value).toUpperCase(Locale.ROOT))));
            case "properties" -> {
                Map<String, Schema> properties = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, property) -> properties.put(name, of(property.asJsonObject())));
                schema.properties(properties);
            }
            case "items" -> schema.items(of(value.asJsonObject()));
            case "required" ->
                schema.required(value.asJsonArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
            case "enum" ->
                schema.enumeration(
                        value.asJsonArray().stream().map(JsonSchemaModel::plain).toList());
            case "additionalProperties" -> {
                if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                    schema.additionalPropertiesSchema(of(value.asJsonObject()));
                } else {
                    schema.additionalPropertiesSchema(OASFactory.createSchema().booleanSchema(value == JsonValue.TRUE));
                }
            }
            case "title" -> schema.title(text(value));
            case "description" -> schema.description(text(value));
            case "format" -> schema.format(text(value));
            case "pattern" -> schema.pattern(text(value));
            case "contentMediaType" -> schema.contentMediaType(text(value));
            case "maxLength" -> schema.maxLength(((JsonNumber) value).intValue());
            case "maxItems" -> schema.maxItems(((JsonNumber) value).intValue());
            default -> {
                if (keyword.startsWith("x-")) {
                    schema.addExtension(keyword, plain(value));
                } else {
                    schema.set(keyword, plain(value));
                }
            }
        }
    }

    private static String text(JsonValue value) {
        return ((JsonString) value).getString();
    }

    /** The value as plain Java: String, BigDecimal, Boolean, List, Map or null. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> text(value);
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY ->
                value.asJsonArray().stream().map(JsonSchemaModel::plain).toList();
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> members.put(name, plain(member)));
                yield members;
            }
        };
    }
}
