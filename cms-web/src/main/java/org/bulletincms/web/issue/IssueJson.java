package org.bulletincms.web.issue;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.EntityTag;
import java.util.Map;
import java.util.Set;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.NumberingGaps;
import org.bulletincms.spi.Json;

/** The list of a publication's issues as the management API writes it (one issue is {@link IssueDocument}). */
public final class IssueJson {

    private IssueJson() {}

    /** The issue's tag covers its cover data, its rubrics and every item: it changes when any of them does. */
    static EntityTag etag(Issue issue) {
        return new EntityTag(issue.tag());
    }

    static EntityTag etag(Item item) {
        return new EntityTag(item.tag());
    }

    static JsonObject summary(Issue issue, Set<IssueAction> allowed, Accounts accounts) {
        return cover(issue, allowed, accounts)
                .add("rubricCount", issue.rubrics().size())
                .add("itemCount", issue.items().size())
                .build();
    }

    static JsonObject numbering(NumberingGaps gaps) {
        JsonArrayBuilder cumulative = Json.createArrayBuilder();
        gaps.missingCumulativeNumbers().forEach(cumulative::add);
        JsonObjectBuilder byYear = Json.createObjectBuilder();
        gaps.missingNumbersByYear().forEach((year, numbers) -> {
            JsonArrayBuilder missing = Json.createArrayBuilder();
            numbers.forEach(missing::add);
            byYear.add(String.valueOf(year), missing);
        });
        return Json.createObjectBuilder()
                .add("complete", gaps.isEmpty())
                .add("missingCumulativeNumbers", cumulative)
                .add("missingNumbersByYear", byYear)
                .build();
    }

    private static JsonObject texts(Map<String, String> texts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        texts.forEach(json::add);
        return json.build();
    }

    /**
     * The codes of the actions the caller may take now ({@code allowedActions}), in the order of {@link IssueAction}:
     * clients show what is listed instead of knowing the rules.
     */
    private static JsonArray allowedActions(Set<IssueAction> allowed) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        allowed.stream().sorted().map(IssueAction::code).forEach(codes::add);
        return codes.build();
    }

    private static JsonObjectBuilder cover(Issue issue, Set<IssueAction> allowed, Accounts accounts) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", issue.id().toString())
                .add("publication", issue.publicationId().toString())
                .add("year", issue.number().year())
                .add("number", issue.number().numberInYear())
                .add("cumulativeNumber", issue.number().cumulative())
                .add("label", texts(IssueDocument.label(issue)))
                .add("title", texts(IssueDocument.texts(issue.title())))
                .add("stage", issue.stage().code())
                .add("allowedActions", allowedActions(allowed));
        issue.plannedPublicationDate().ifPresent(date -> json.add("plannedPublicationDate", date.toString()));
        return json.add("createdAt", issue.createdAt().toString())
                .add("createdBy", accounts.shownName(issue.createdBy()))
                .add("updatedAt", issue.updatedAt().toString())
                .add("updatedBy", accounts.shownName(issue.updatedBy()))
                .add("version", issue.version());
    }
}
