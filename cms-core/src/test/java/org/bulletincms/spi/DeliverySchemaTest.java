package org.bulletincms.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliverySchemaTest {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.choice("participation")
                    .option("physical", "线下", "In person")
                    .option("hybrid", "线上线下", "Hybrid"),
            FieldSpec.people("speakers").maxEntries(5),
            FieldSpec.keyFigures("figures"));

    private final JsonObject schema = DeliverySchema.of(FIELDS).build();

    @Test
    void requiredToPublishFieldsAreRequiredAndNoOtherMembersAreAllowed() {
        assertEquals(Json.createArrayBuilder().add("title").build(), schema.getJsonArray("required"));
        assertFalse(schema.getBoolean("additionalProperties"));
        assertEquals(
                List.of("title", "participation", "speakers", "figures"),
                List.copyOf(schema.getJsonObject("properties").keySet()));
    }

    @Test
    void textCarriesItsLimitLabelKindAndWhetherItIsTranslatable() {
        JsonObject title = property("title");
        assertEquals("string", title.getString("type"));
        assertEquals(200, title.getInt("maxLength"));
        assertEquals("Title", title.getString("title"));
        assertEquals("PLAIN_TEXT", title.getString(DeliverySchema.KIND));
        assertEquals(true, title.getBoolean(DeliverySchema.TRANSLATABLE));
    }

    @Test
    void choiceIsAnEnumOfItsOptionCodes() {
        assertEquals(
                Json.createArrayBuilder().add("physical").add("hybrid").build(),
                property("participation").getJsonArray("enum"));
    }

    @Test
    void peopleAreAListOfPersonsWithARole() {
        JsonObject speakers = property("speakers");
        assertEquals("array", speakers.getString("type"));
        assertEquals(5, speakers.getInt("maxItems"));
        JsonObject person = speakers.getJsonObject("items");
        assertEquals(Json.createArrayBuilder().add("role").build(), person.getJsonArray("required"));
        assertEquals(
                PersonRole.values().length,
                person.getJsonObject("properties")
                        .getJsonObject("role")
                        .getJsonArray("enum")
                        .size());
    }

    @Test
    void keyFiguresHaveANumericValueAndALabel() {
        JsonObject figure = property("figures").getJsonObject("items");
        assertEquals(
                "number",
                figure.getJsonObject("properties").getJsonObject("value").getString("type"));
        assertEquals(Json.createArrayBuilder().add("value").add("label").build(), figure.getJsonArray("required"));
    }

    @Test
    void aReshapedDeliveryReplacesMembersAndKeepsTheRest() {
        JsonObject reshaped = DeliverySchema.of(FIELDS)
                .without("title", "figures")
                .with("source", DeliverySchema.object(Map.of(), List.of()), true)
                .build();
        assertEquals(
                List.of("participation", "speakers", "source"),
                List.copyOf(reshaped.getJsonObject("properties").keySet()));
        assertEquals(Json.createArrayBuilder().add("source").build(), reshaped.getJsonArray("required"));
    }

    private JsonObject property(String name) {
        return schema.getJsonObject("properties").getJsonObject(name);
    }

    @Test
    void aPictureIsDeliveredWithWhereItIsServedAndItsWordsInTheLocale() {
        JsonObject picture =
                DeliverySchema.field(FieldSpec.image("picture").max(300).label("图片", "Picture"));

        assertEquals("object", picture.getString("type"));
        assertEquals("IMAGE", picture.getString(DeliverySchema.KIND));
        assertEquals(true, picture.getBoolean(DeliverySchema.TRANSLATABLE));
        assertEquals(
                List.of("media", "src", "srcset", "width", "height", "renditions", "alt"),
                picture.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        JsonObject properties = picture.getJsonObject("properties");
        assertEquals("uri", properties.getJsonObject("src").getString("format"));
        assertEquals(300, properties.getJsonObject("alt").getInt("maxLength"));
        assertEquals(
                List.of("x", "y"),
                List.copyOf(properties
                        .getJsonObject("focalPoint")
                        .getJsonObject("properties")
                        .keySet()));
        assertFalse(picture.getBoolean("additionalProperties"));
    }

    @Test
    void aListOfPicturesIsDeliveredAsPicturesEachWithItsCropsToTheFixedShapes() {
        JsonObject logos =
                DeliverySchema.field(FieldSpec.images("logos").maxEntries(12).label("标志", "Logos"));

        assertEquals("array", logos.getString("type"));
        assertEquals(12, logos.getInt("maxItems"));
        assertEquals("IMAGE_LIST", logos.getString(DeliverySchema.KIND));
        JsonObject crop = logos.getJsonObject("items")
                .getJsonObject("properties")
                .getJsonObject("crops")
                .getJsonObject("items");
        assertEquals(
                List.of("16:9", "4:3", "1:1"),
                crop
                        .getJsonObject("properties")
                        .getJsonObject("ratio")
                        .getJsonArray("enum")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(6, crop.getJsonArray("required").size());
        assertFalse(crop.getBoolean("additionalProperties"));
    }
}
