package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.drafting.IssueVersion;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.request.JsonBody;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One item: read, replace its content (If-Match), translate it (If-Match), delete it (If-Match). Each method parses
 * the request, makes one call to {@link Drafting} and maps the answer.
 */
@Path("v1/items/{item}")
@RequestScoped
@Tag(name = "issues")
@SecurityRequirement(name = "keycloak")
public class ItemResource {

    /** What a client may never send in an item body: the server owns these. */
    static final Set<String> SERVER_OWNED = Set.of(
            "id",
            "issue",
            "rubric",
            "position",
            "schemaVersion",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "state",
            "stage",
            "authors",
            "orphaned");

    @Inject
    Drafting drafting;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "An item with its content in every locale")
    public Response one(@PathParam("item") String itemId) {
        return ok(drafting.item(PathIds.uuid(itemId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Replace an item's content: {\"content\": {…}} (If-Match)")
    public Response revise(@PathParam("item") String itemId, JsonValue json) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("type", "content"), SERVER_OWNED);
        Optional<String> type = body.optionalText("type", 64);
        Optional<JsonObject> content = body.requiredObject("content");
        body.verify();
        return ok(drafting.reviseItem(
                caller.actor(), PathIds.uuid(itemId), Preconditions.expected(headers), type, content.orElseThrow()));
    }

    /** Answers with the issue's new ETag, which the next write to the issue names (no re-read needed). */
    @DELETE
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete an item (If-Match); the answer's ETag is the issue's new one")
    public Response delete(@PathParam("item") String itemId) {
        IssueVersion issue = drafting.deleteItem(caller.actor(), PathIds.uuid(itemId), Preconditions.expected(headers));
        return Response.noContent().tag(new EntityTag(issue.tag())).build();
    }

    /**
     * A translator's values for one target locale of the item: {@code {"values": {"title": "…", …}}}.
     * Only translatable fields; shared fields are read-only for translators. Needs If-Match (the item's ETag).
     */
    @PUT
    @Path("translations/{locale}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(summary = "Translate the item into one target locale (translators, If-Match)")
    public Response translate(@PathParam("item") String itemId, @PathParam("locale") String locale, JsonValue json) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("values"), SERVER_OWNED);
        Optional<JsonObject> values = body.requiredObject("values");
        body.verify();
        return ok(drafting.translateItem(
                caller.actor(), PathIds.uuid(itemId), Preconditions.expected(headers), locale, values.orElseThrow()));
    }

    /** An item as every item endpoint answers it, with its ETag. */
    public static Response ok(ItemView item) {
        return Response.ok(IssueJson.item(item)).tag(new EntityTag(item.tag())).build();
    }
}
