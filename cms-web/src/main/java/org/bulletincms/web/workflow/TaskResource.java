package org.bulletincms.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.Role;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Stage;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.TranslationRepository;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.EditorialWorkflow;
import org.bulletincms.workflow.WorkflowRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "My tasks": drafts an editor started, translations waiting for a translator (their assigned locales, or
 * unassigned ones), issues waiting for an approver's review (except those the four-eyes rule keeps from them).
 */
@Path("v1/tasks")
@RequestScoped
@Transactional
@Tag(name = "workflow")
@SecurityRequirement(name = "keycloak")
public class TaskResource {

    @Inject
    IssueRepository issues;

    @Inject
    TranslationRepository translations;

    @Inject
    WorkflowRepository records;

    @Inject
    @ConfigProperty(name = EditorialWorkflow.FOUR_EYES, defaultValue = "true")
    boolean fourEyes;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The caller's tasks: drafts, translations, reviews")
    public Tasks mine() {
        Actor actor = caller.actor();
        List<Tasks.Task> drafts = new ArrayList<>();
        List<Tasks.Task> translating = new ArrayList<>();
        List<Tasks.Task> reviews = new ArrayList<>();
        if (actor.may(Role.EDITOR)) {
            issues.inStage(Stage.DRAFT).stream()
                    .filter(issue -> issue.createdBy().equals(actor.subject())
                            || records.contributed(issue.id(), actor.subject()))
                    .forEach(issue -> drafts.add(Tasks.Task.of(issue)));
        }
        if (actor.may(Role.TRANSLATOR)) {
            for (Issue issue : issues.inStage(Stage.IN_TRANSLATION)) {
                List<LocaleAssignment> assignments = translations.assignments(issue.id());
                boolean assignedElsewhere = !assignments.isEmpty()
                        && assignments.stream()
                                .allMatch(a -> a.translator()
                                        .filter(t -> !t.equals(actor.subject()))
                                        .isPresent());
                if (!assignedElsewhere) {
                    translating.add(Tasks.Task.of(issue));
                }
            }
        }
        if (actor.may(Role.APPROVER)) {
            issues.inStage(Stage.IN_REVIEW).stream()
                    .filter(issue -> !fourEyes || !records.contributed(issue.id(), actor.subject()))
                    .forEach(issue -> reviews.add(Tasks.Task.of(issue)));
        }
        return new Tasks(actor.username(), drafts, translating, reviews);
    }
}
