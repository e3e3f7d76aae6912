package org.bulletincms.web.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.request.RequestErrors;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.webhook.EndpointView;
import org.bulletincms.webhook.WebhookEvent;
import org.bulletincms.webhook.WebhookUrl;
import org.bulletincms.webhook.Webhooks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins register webhook endpoints ({@code {"url": "https://…", "events": ["issue.published"]}}), read their
 * delivery log and replay deliveries, and rotate signing secrets. A signing secret is in the answer that created
 * it only (registration or rotation). The delivery log shows
 * status codes, never what a receiver answered in its body.
 */
@Path("v1/webhooks")
@RequestScoped
@Tag(name = "webhooks")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook endpoint; its signing secret is shown once, in this answer")
    @APIResponse(
            responseCode = "201",
            description = "The endpoint, at Location, with its signing secret (shown this once)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    public Response register(WebhookRequests.Registration registration) {
        Set<WebhookEvent> events = events(registration.events());
        EndpointView endpoint = webhooks.register(WebhookUrl.parse(registration.url()), events, caller.subject());
        return Response.created(URI.create("v1/webhooks/" + endpoint.id()))
                .entity(WebhookView.of(endpoint))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The registered webhook endpoints (never their secrets), each with its status, and a summary"
                    + " of all: deliveries waiting (backlog), of those due now, given up (failed), endpoints failing")
    public WebhookList list() {
        Webhooks.Roster roster = webhooks.roster();
        return new WebhookList(
                roster.endpoints().stream().map(WebhookView::of).toList(),
                new WebhookList.Summary(roster.backlog(), roster.due(), roster.failed(), roster.failingEndpoints()));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One webhook endpoint (never its secret), with its status: healthy or failing since when and"
                    + " why, deliveries waiting (backlog) and given up (failed)")
    public WebhookView get(@PathParam("id") String id) {
        return WebhookView.of(found(webhooks.find(PathIds.uuid(id))));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a webhook endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String id) {
        if (!webhooks.remove(PathIds.uuid(id))) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rotate the signing secret; the new one is shown once, in this answer",
            description = "{\"overlapHours\": n} (0 to 168, default 24): for that long deliveries are signed with the "
                    + "old secret too, so the receiver can switch without rejecting an event. 0 revokes the old "
                    + "secret at once, e.g. after it leaked.")
    public WebhookView rotateSecret(@PathParam("id") String id, WebhookRequests.Rotation rotation) {
        Duration overlap = Duration.ofHours(rotation.overlapHours().orElse(24));
        return WebhookView.of(found(webhooks.rotateSecret(PathIds.uuid(id), overlap)));
    }

    @POST
    @Path("{id}/enable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable an endpoint again, e.g. after it answered 410 Gone")
    public WebhookView enable(@PathParam("id") String id) {
        return WebhookView.of(found(webhooks.enable(PathIds.uuid(id))));
    }

    @POST
    @Path("{id}/disable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop sending to an endpoint; pending deliveries wait until it is enabled")
    public WebhookView disable(@PathParam("id") String id) {
        return WebhookView.of(found(webhooks.disable(PathIds.uuid(id))));
    }

    @GET
    @Path("{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The endpoint's delivery log, newest first: attempts and status codes, never response bodies")
    public DeliveryView.Log deliveries(@PathParam("id") String id) {
        return new DeliveryView.Log(found(webhooks.deliveries(PathIds.uuid(id))).stream()
                .map(DeliveryView::of)
                .toList());
    }

    @POST
    @Path("{id}/deliveries/{delivery}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a delivery again, under the same webhook-id")
    public DeliveryView replay(@PathParam("id") String id, @PathParam("delivery") String deliveryId) {
        UUID endpoint = PathIds.uuid(id);
        return DeliveryView.of(found(webhooks.replay(endpoint, PathIds.uuid(deliveryId))));
    }

    @POST
    @Path("{id}/deliveries/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Queue again every delivery of the endpoint that was given up since a time",
            description = "{\"failedSince\": \"2024-07-15T08:00:00Z\"}: every delivery that failed (its last attempt)"
                    + " at or after that instant is sent again under its own webhook-id, with a fresh retry period;"
                    + " the answer says how many. Deliveries of a disabled endpoint wait until it is enabled.")
    public DeliveryView.Replayed replayFailed(@PathParam("id") String id, WebhookRequests.Replay replay) {
        int replayed = found(webhooks.replayFailed(PathIds.uuid(id), replay.failedSince()));
        return new DeliveryView.Replayed(replayed, replay.failedSince());
    }

    /** The events by code, at least one; every unknown code named at its pointer. */
    private static Set<WebhookEvent> events(List<String> codes) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        RequestErrors errors = new RequestErrors();
        for (int i = 0; i < codes.size(); i++) {
            Optional<WebhookEvent> event = WebhookEvent.ofCode(codes.get(i));
            if (event.isPresent()) {
                events.add(event.get());
            } else {
                errors.reject("/events/" + i, "webhook.unknown-event", Map.of("event", codes.get(i)));
            }
        }
        if (codes.isEmpty()) {
            errors.reject("/events", "field.required", Map.of("field", "events"));
        }
        errors.verify();
        return events;
    }

    /** What a service answers about an endpoint or delivery; 404 when there is no such one. */
    private static <T> T found(Optional<T> answer) {
        return answer.orElseThrow(NotFoundException::new);
    }
}
