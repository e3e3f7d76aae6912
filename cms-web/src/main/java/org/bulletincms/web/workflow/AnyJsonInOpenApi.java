package org.bulletincms.web.workflow;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Puts {@value #NAME}, the schema of a value that may be any JSON (a field's value before and after a change), into
 * the OpenAPI document: the empty schema, which annotations cannot write (they describe a Java type, and
 * {@code JsonValue} would come out as an object).
 */
public class AnyJsonInOpenApi implements OASFilter {

    public static final String NAME = "AnyJson";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        openApi.getComponents()
                .addSchema(
                        NAME,
                        OASFactory.createSchema()
                                .description("Any JSON value: a string, number, boolean, array, object or null."));
    }
}
