package org.bulletincms.web.issue;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import java.io.StringReader;
import java.util.Set;
import org.bulletincms.account.Accounts;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.NumberingGaps;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.Json;

/** Issues, rubrics and items as the management API writes them. */
public final class IssueJson {

    /** Thread-safe and costly to create: one for the class. */
    private static final Jsonb JSONB = JsonbBuilder.create();

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

    static JsonObject full(Issue issue, Set<IssueAction> allowed, InstalledSectionTypes types, Accounts accounts) {
        JsonArrayBuilder rubrics = Json.createArrayBuilder();
        for (Rubric rubric : issue.rubrics()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            rubric.items().forEach(item -> items.add(item(item, types, accounts)));
            rubrics.add(Json.createObjectBuilder()
                    .add("id", rubric.id().toString())
                    .add("title", texts(rubric.title()))
                    .add("items", items));
        }
        return cover(issue, allowed, accounts).add("rubrics", rubrics).build();
    }

    static JsonObject item(Item item, InstalledSectionTypes types, Accounts accounts) {
        return item(ItemView.of(item, types, accounts));
    }

    /** An item inside the issue document, in the one shape every endpoint shows ({@link ItemDocument}). */
    static JsonObject item(ItemView item) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(ItemDocument.of(item))))) {
            return reader.readObject();
        }
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

    static JsonObject texts(TextByLocale text) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text.asMap().forEach((locale, value) -> json.add(locale.value(), value));
        return json.build();
    }

    /**
     * The codes of the actions the caller may take now ({@code allowedActions}), in the order of {@link IssueAction}:
     * clients show what is listed instead of knowing the rules.
     */
    public static JsonArray allowedActions(Set<IssueAction> allowed) {
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
                .add(
                        "label",
                        Json.createObjectBuilder()
                                .add(
                                        "zh-CN",
                                        issue.number().chineseLabel() + " 总第"
                                                + issue.number().cumulative() + "期")
                                .add(
                                        "en",
                                        issue.number().englishLabel() + " (No. "
                                                + issue.number().cumulative() + " overall)"))
                .add("title", texts(issue.title()))
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
