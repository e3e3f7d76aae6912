package org.bulletincms.web.workflow;

import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the OpenAPI document that a changed field's {@code before} and {@code after} are any JSON value (a field
 * of a section type is a string, a number, a list or an object). The annotation scanner knows {@code JsonObject},
 * {@code JsonString} and the like but takes the interface {@code JsonValue} for an object with a property
 * {@code valueType}, which no value has; an empty schema (any value) is what is true.
 */
public class ChangedFieldValues implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Optional.ofNullable(openApi.getComponents())
                .map(components -> components.getSchemas())
                .map(schemas -> schemas.get(ChangesSinceReviewAnswer.CHANGED_FIELD))
                .ifPresent(changedField -> {
                    changedField.addProperty(
                            "before", anyValue("The value at the review; absent when the field was added"));
                    changedField.addProperty("after", anyValue("The value now; absent when the field was removed"));
                });
    }

    private static Schema anyValue(String description) {
        return OASFactory.createSchema().description(description + " (any JSON value, as the field's type holds)");
    }
}
