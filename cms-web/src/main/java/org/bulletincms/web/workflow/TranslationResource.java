package org.bulletincms.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Issues;
import org.bulletincms.issue.Item;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.EditorialWorkflow;
import org.bulletincms.workflow.TranslationBoard;
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
    Issues issues;

    @Inject
    TranslationBoard board;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Item × locale translation status, with what changed in the source of outdated ones")
    public TranslationOverview overview(@PathParam("issue") String issueId) {
        Issue issue = issue(issueId);
        TranslationBoard.Overview overview = board.of(issue);
        List<TranslationOverview.LocaleView> locales = overview.targets().stream()
                .map(target -> {
                    Optional<LocaleAssignment> assignment = target.assignment();
                    return new TranslationOverview.LocaleView(
                            target.locale().value(),
                            assignment.flatMap(LocaleAssignment::translator).map(accounts::shownName),
                            assignment.map(LocaleAssignment::isDone).orElse(false),
                            assignment.flatMap(LocaleAssignment::doneBy).map(accounts::shownName));
                })
                .toList();
        List<TranslationOverview.ItemView> items = new ArrayList<>();
        // Translators' work list: an item written once, the same in every locale, is not on it.
        for (Item item : issue.items().stream()
                .filter(item -> overview.progress().needsTranslation(item.id()))
                .toList()) {
            Map<String, TranslationOverview.Cell> cells = new LinkedHashMap<>();
            overview.progress().cells().stream()
                    .filter(cell -> cell.itemId().equals(item.id()))
                    .forEach(cell -> cells.put(cell.locale(), TranslationOverview.Cell.of(cell)));
            items.add(new TranslationOverview.ItemView(item.id(), item.sectionType(), cells));
        }
        return new TranslationOverview(locales, items);
    }

    @PUT
    @Path("{locale}/translator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Assign a translator to one locale of the issue: {\"username\": \"tom\"}")
    public TranslationOverview assign(
            @PathParam("issue") String issueId,
            @PathParam("locale") String locale,
            TranslationOverview.Assignment assignment) {
        Issue issue = issue(issueId);
        workflow.assignTranslator(
                issue,
                locale,
                assignment.username(),
                caller.actor(),
                Clock.systemUTC().instant());
        return overview(issueId);
    }

    @POST
    @Path("{locale}/done")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(summary = "The translator marks a locale done (refused while items are missing or outdated)")
    public TranslationOverview done(@PathParam("issue") String issueId, @PathParam("locale") String locale) {
        workflow.markLocaleDone(
                issue(issueId), locale, caller.actor(), Clock.systemUTC().instant());
        return overview(issueId);
    }

    private Issue issue(String id) {
        return issues.find(PathIds.uuid(id)).orElseThrow(NotFoundException::new);
    }
}
