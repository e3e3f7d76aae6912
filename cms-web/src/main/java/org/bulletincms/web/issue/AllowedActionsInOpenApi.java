package org.bulletincms.web.issue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.issue.IssueAction;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Puts {@code allowedActions} into the OpenAPI document: the {@code IssueAction} schema is a string enum of every
 * {@link IssueAction} code (read from the enum, so a new action appears without editing this), and each issue
 * answer (an issue, the issues of a publication, the workflow state) gets a required {@code allowedActions}
 * property, a set of those codes. Whether the answer's schema is a record's component or not there yet, the
 * property is added where the answer's JSON is described.
 */
public class AllowedActionsInOpenApi implements OASFilter {

    static final String ACTION_SCHEMA = "IssueAction";

    private static final String REF = "#/components/schemas/";

    /** The answers that carry allowedActions: path suffix, method, status, and where in the body the issue is. */
    private record IssueAnswer(String path, PathItem.HttpMethod method, String status, List<String> at) {}

    private static final List<IssueAnswer> ANSWERS = List.of(
            new IssueAnswer("/v1/issues/{issue}", PathItem.HttpMethod.GET, "200", List.of()),
            new IssueAnswer("/v1/issues/{issue}", PathItem.HttpMethod.PUT, "200", List.of()),
            new IssueAnswer("/v1/issues/{issue}/workflow", PathItem.HttpMethod.GET, "200", List.of()),
            new IssueAnswer("/v1/issues/{issue}/workflow/{action}", PathItem.HttpMethod.POST, "200", List.of()),
            new IssueAnswer("/v1/publications/{publication}/issues", PathItem.HttpMethod.POST, "201", List.of()),
            new IssueAnswer(
                    "/v1/publications/{publication}/issues", PathItem.HttpMethod.GET, "200", List.of("issues")));

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        components.addSchema(
                ACTION_SCHEMA,
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .description(
                                "An action on an issue: a workflow move (`POST …/workflow/{action}`) or a write the "
                                        + "issue's stage allows (edit, translate, assign-translators, comment).")
                        .enumeration(Arrays.stream(IssueAction.values())
                                .map(action -> (Object) action.code())
                                .toList()));
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths()
                .getPathItems()
                .forEach((path, item) -> ANSWERS.stream()
                        .filter(answer -> path.endsWith(answer.path()))
                        .forEach(answer -> Optional.ofNullable(item.getOperations())
                                .map(operations -> operations.get(answer.method()))
                                .ifPresent(operation -> describe(components, operation, answer))));
    }

    private static void describe(Components components, Operation operation, IssueAnswer answer) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse response = operation.getResponses().getAPIResponse(answer.status());
        if (response == null) {
            response = OASFactory.createAPIResponse().description("OK");
            operation.getResponses().addAPIResponse(answer.status(), response);
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        MediaType json = response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null) {
            json = OASFactory.createMediaType();
            response.getContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json);
        }
        if (json.getSchema() == null) {
            json.setSchema(object());
        }
        Schema issue = resolved(components, json.getSchema());
        for (String property : answer.at()) {
            Schema list = resolved(
                    components,
                    child(
                            issue,
                            property,
                            OASFactory.createSchema()
                                    .type(List.of(Schema.SchemaType.ARRAY))
                                    .items(object())));
            issue = resolved(components, list.getItems());
        }
        issue.addProperty(
                "allowedActions",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.ARRAY))
                        .uniqueItems(true)
                        .description("What the caller may do to the issue now; clients show an action only if it is "
                                + "listed.")
                        .items(OASFactory.createSchema().ref(REF + ACTION_SCHEMA)));
        List<String> required =
                new ArrayList<>(Optional.ofNullable(issue.getRequired()).orElse(List.of()));
        if (!required.contains("allowedActions")) {
            required.add("allowedActions");
            issue.setRequired(required);
        }
    }

    private static Schema child(Schema parent, String name, Schema orElse) {
        Map<String, Schema> properties = parent.getProperties();
        if (properties == null || !properties.containsKey(name)) {
            parent.addProperty(name, orElse);
            return orElse;
        }
        return properties.get(name);
    }

    /** The schema itself, or the component it refers to (a record's schema). */
    private static Schema resolved(Components components, Schema schema) {
        if (schema.getRef() != null && schema.getRef().startsWith(REF) && components.getSchemas() != null) {
            Schema component = components.getSchemas().get(schema.getRef().substring(REF.length()));
            if (component != null) {
                return component;
            }
        }
        return schema;
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    }
}
