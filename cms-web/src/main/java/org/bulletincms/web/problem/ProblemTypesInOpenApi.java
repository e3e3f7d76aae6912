package org.bulletincms.web.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Puts the problem document into the OpenAPI document as the {@code Problem} schema, with every problem
 * {@code type} the API can answer as an enum, so clients can branch on types the document names. Registered
 * with {@code mp.openapi.filter}; it reads {@link ProblemType}, so a new type appears without editing this.
 */
public class ProblemTypesInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        List<Object> types = Arrays.stream(ProblemType.values())
                .map(type -> (Object) type.uri().toString())
                .toList();
        Schema problem = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, as application/problem+json. Titles and details are in the "
                        + "caller's language (Accept-Language zh or en); clients branch on `type`.")
                .required(List.of("type", "title", "status", "detail"))
                .properties(Map.of(
                        "type",
                                OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.STRING))
                                        .format("uri")
                                        .enumeration(types),
                        "title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)),
                        "detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)),
                        "instance",
                                OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.STRING))
                                        .format("uri"),
                        "errors",
                                OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.ARRAY))
                                        .description(
                                                "For 422s and refusals about fields: each error at its JSON pointer.")
                                        .items(OASFactory.createSchema()
                                                .type(List.of(Schema.SchemaType.OBJECT))
                                                .required(List.of("pointer", "code", "message"))
                                                .properties(Map.of(
                                                        "pointer",
                                                                OASFactory.createSchema()
                                                                        .type(List.of(Schema.SchemaType.STRING)),
                                                        "code",
                                                                OASFactory.createSchema()
                                                                        .type(List.of(Schema.SchemaType.STRING)),
                                                        "message",
                                                                OASFactory.createSchema()
                                                                        .type(List.of(Schema.SchemaType.STRING)))))));
        components.addSchema("Problem", problem);
    }
}
