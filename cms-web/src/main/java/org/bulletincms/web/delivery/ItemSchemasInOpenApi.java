package org.bulletincms.web.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes delivered items per section type in the OpenAPI document. The records' schemas ({@code Item},
 * {@code RubricItem}) can only say that {@code fields} is an object, because the fields depend on the item's
 * {@code type}, and the types are plugins known only at run time. This filter adds {@code ItemFields.<type>} from
 * each installed type's {@link SectionType#deliverySchema()}, one variant per type of each item schema
 * ({@code Item.<type>}: the record's properties with {@code type} fixed and {@code fields} typed), and turns the
 * item schema into a {@code oneOf} of the variants discriminated by {@code type}. A plugin added to the WAR appears
 * with no change here.
 */
public class ItemSchemasInOpenApi implements OASFilter {

    /** The records' schemas that carry an item's {@code type} and {@code fields}. */
    static final List<String> ITEM_SCHEMAS = List.of("Item", "RubricItem");

    static final String FIELDS_PREFIX = "ItemFields.";

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Components components = openApi.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        List<SectionType> types = InstalledSectionTypes.discover(ItemSchemasInOpenApi.class.getClassLoader())
                .all();
        for (SectionType type : types) {
            components.addSchema(
                    FIELDS_PREFIX + type.id(),
                    JsonSchemaModel.of(type.deliverySchema())
                            .title(type.label().get(LocalizedText.ENGLISH))
                            .description(type.help().get(LocalizedText.ENGLISH)));
        }
        for (String name : ITEM_SCHEMAS) {
            Schema record = components.getSchemas().get(name);
            if (record != null && !types.isEmpty()) {
                discriminate(components, name, record, types);
            }
        }
    }

    private static void discriminate(Components components, String name, Schema record, List<SectionType> types) {
        List<Schema> variants = new ArrayList<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        for (SectionType type : types) {
            Map<String, Schema> properties = new LinkedHashMap<>(record.getProperties());
            properties.put(
                    "type",
                    OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.STRING))
                            .enumeration(List.of(type.id())));
            properties.put("fields", OASFactory.createSchema().ref(REF + FIELDS_PREFIX + type.id()));
            String variant = name + "." + type.id();
            components.addSchema(
                    variant,
                    OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.OBJECT))
                            .description(record.getDescription())
                            .required(record.getRequired())
                            .properties(properties));
            variants.add(OASFactory.createSchema().ref(REF + variant));
            mapping.put(type.id(), REF + variant);
        }
        components.addSchema(
                name,
                OASFactory.createSchema()
                        .description(record.getDescription())
                        .oneOf(variants)
                        .discriminator(OASFactory.createDiscriminator()
                                .propertyName("type")
                                .mapping(mapping)));
    }
}
