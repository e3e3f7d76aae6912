package org.bulletincms.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bulletincms.actor.Actor;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.WorkQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "My tasks": drafts an editor started, translations waiting for a translator (their assigned locales, or
 * unassigned ones), issues waiting for an approver's review (except those the four-eyes rule keeps from them).
 * Which issues wait for whom is {@link WorkQueue}'s answer.
 */
@Path("v1/tasks")
@RequestScoped
@Tag(name = "workflow")
@SecurityRequirement(name = "keycloak")
public class TaskResource {

    @Inject
    WorkQueue queue;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The caller's tasks: drafts, translations, reviews")
    public Tasks mine() {
        Actor actor = caller.actor();
        WorkQueue.Waiting waiting = queue.of(actor);
        return new Tasks(
                actor.username(), tasks(waiting.drafts()), tasks(waiting.translations()), tasks(waiting.reviews()));
    }

    private static List<Tasks.Task> tasks(List<WorkQueue.WaitingIssue> issues) {
        return issues.stream().map(Tasks.Task::of).toList();
    }
}
