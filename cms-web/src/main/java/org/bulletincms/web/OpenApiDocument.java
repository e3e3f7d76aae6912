package org.bulletincms.web;

import java.util.List;
import org.bulletincms.web.delivery.ItemSchemasInOpenApi;
import org.bulletincms.web.issue.AllowedActionsInOpenApi;
import org.bulletincms.web.problem.ProblemTypesInOpenApi;
import org.bulletincms.web.workflow.AnyJsonInOpenApi;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the OpenAPI document with what annotations cannot say, because it is known only at run time: the
 * problem types ({@link ProblemTypesInOpenApi}), the fields of each installed section type's items
 * ({@link ItemSchemasInOpenApi}), the actions an issue answer may list ({@link AllowedActionsInOpenApi}) and the
 * schema of any JSON value ({@link AnyJsonInOpenApi}), which records refer to with {@code @Schema(ref = "AnyJson")}.
 * MicroProfile OpenAPI takes one filter ({@code mp.openapi.filter}); this is it.
 */
public class OpenApiDocument implements OASFilter {

    private final List<OASFilter> parts = List.of(
            new ProblemTypesInOpenApi(),
            new ItemSchemasInOpenApi(),
            new AllowedActionsInOpenApi(),
            new AnyJsonInOpenApi());

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        parts.forEach(part -> part.filterOpenAPI(openApi));
    }
}
