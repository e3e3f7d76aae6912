package org.bulletincms.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.TranslationProgress;
import org.bulletincms.translation.TranslationRepository;
import org.bulletincms.web.request.JsonBody;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.EditorialWorkflow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The translation overview of an issue (item × locale status), translator assignments, marking a locale done. */
@Path("v1/issues/{issue}/translations")
@RequestScoped
@Transactional
@Tag(name = "translation", description = "Translating items into the issue's target locales")
@SecurityRequirement(name = "keycloak")
public class TranslationResource {

    @Inject
    Accounts accounts;

    @Inject
    IssueRepository issues;

    @Inject
    TranslationRepository translations;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    PublicationRepository publications;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Item × locale translation status, with what changed in the source of outdated ones")
    public JsonObject overview(@PathParam("issue") String issueId) {
        Issue issue = issue(issueId);
        TranslationProgress progress = workflow.progress(issue);
        Map<String, LocaleAssignment> assignments = translations.assignments(issue.id()).stream()
                .collect(Collectors.toMap(LocaleAssignment::locale, a -> a));
        JsonArrayBuilder locales = Json.createArrayBuilder();
        // Every target locale of the publication, so that an assignment shows before the issue has items.
        for (LocaleTag target :
                publications.find(issue.publicationId()).orElseThrow().locales().targets()) {
            String locale = target.value();
            JsonObjectBuilder entry = Json.createObjectBuilder().add("locale", locale);
            Optional<LocaleAssignment> assignment = Optional.ofNullable(assignments.get(locale));
            assignment
                    .flatMap(LocaleAssignment::translator)
                    .ifPresent(t -> entry.add("translator", accounts.shownName(t)));
            entry.add("done", assignment.map(LocaleAssignment::isDone).orElse(false));
            assignment.flatMap(LocaleAssignment::doneBy).ifPresent(by -> entry.add("doneBy", accounts.shownName(by)));
            locales.add(entry);
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Item item : issue.items()) {
            JsonObjectBuilder statuses = Json.createObjectBuilder();
            progress.cells().stream()
                    .filter(cell -> cell.itemId().equals(item.id()))
                    .forEach(cell -> {
                        JsonObjectBuilder status = Json.createObjectBuilder()
                                .add("status", cell.status().code());
                        if (!cell.sourceChanges().isEmpty()) {
                            JsonArrayBuilder changes = Json.createArrayBuilder();
                            cell.sourceChanges()
                                    .forEach(change -> changes.add(Json.createObjectBuilder()
                                            .add("field", change.field())
                                            .add("before", change.before() == null ? JsonValue.NULL : change.before())
                                            .add("after", change.after() == null ? JsonValue.NULL : change.after())));
                            status.add("sourceChanges", changes);
                        }
                        statuses.add(cell.locale(), status);
                    });
            items.add(Json.createObjectBuilder()
                    .add("item", item.id().toString())
                    .add("type", item.sectionType())
                    .add("locales", statuses));
        }
        return Json.createObjectBuilder()
                .add("locales", locales)
                .add("items", items)
                .build();
    }

    @PUT
    @Path("{locale}/translator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Assign a translator to one locale of the issue: {\"username\": \"tom\"}")
    public JsonObject assign(@PathParam("issue") String issueId, @PathParam("locale") String locale, JsonValue json) {
        Issue issue = issue(issueId);
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("username"), Set.of());
        Optional<String> username = body.requiredText("username", 100);
        body.verify();
        workflow.assignTranslator(
                issue,
                locale,
                username.orElseThrow(),
                caller.actor(),
                Clock.systemUTC().instant());
        return overview(issueId);
    }

    @POST
    @Path("{locale}/done")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(summary = "The translator marks a locale done (refused while items are missing or outdated)")
    public JsonObject done(@PathParam("issue") String issueId, @PathParam("locale") String locale) {
        workflow.markLocaleDone(
                issue(issueId), locale, caller.actor(), Clock.systemUTC().instant());
        return overview(issueId);
    }

    private Issue issue(String id) {
        return issues.find(PathIds.uuid(id)).orElseThrow(NotFoundException::new);
    }
}
