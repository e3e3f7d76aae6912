package org.bulletincms.web.issue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.NumberingGaps;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.OrphanedItemContent;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.StoredItemContent;
import org.bulletincms.web.concurrency.Versions;

/** Issues, rubrics and items as the management API writes them. */
public final class IssueJson {

    private IssueJson() {}

    /** The issue's tag covers its cover data, its rubrics and every item: it changes when any of them does. */
    static EntityTag etag(Issue issue) {
        List<Object> parts = new ArrayList<>();
        parts.add(issue.id());
        parts.add(issue.version());
        for (Rubric rubric : issue.rubrics()) {
            parts.add(rubric.id());
            parts.add(rubric.version());
            for (Item item : rubric.items()) {
                parts.add(item.id());
                parts.add(item.version());
            }
        }
        return Versions.tag(parts.toArray());
    }

    static EntityTag etag(Item item) {
        return Versions.tag(item.id(), item.version());
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
        StoredItemContent stored = types.resolve(item.sectionType(), item.schemaVersion(), item.content());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", item.id().toString())
                .add("issue", item.rubric().issue().id().toString())
                .add("rubric", item.rubric().id().toString())
                .add("position", item.position())
                .add("type", item.sectionType());
        if (stored instanceof ResolvedItemContent resolved) {
            json.add("schemaVersion", resolved.type().schemaVersion())
                    .add("content", resolved.content().toJson());
            if (resolved.wasUpgraded()) {
                json.add("upgradedFromSchemaVersion", resolved.storedSchemaVersion());
            }
        } else if (stored instanceof OrphanedItemContent orphan) {
            // Kept verbatim and reported, never dropped: the plugin may come back.
            json.add("schemaVersion", orphan.schemaVersion())
                    .add("content", orphan.storedContent())
                    .add(
                            "orphaned",
                            Json.createObjectBuilder()
                                    .add(
                                            "reason",
                                            orphan.reason()
                                                    .name()
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .replace('_', '-'))
                                    .add("detail", orphan.detail() == null ? "" : orphan.detail()));
        }
        return json.add("createdAt", item.createdAt().toString())
                .add("createdBy", accounts.shownName(item.createdBy()))
                .add("updatedAt", item.updatedAt().toString())
                .add("updatedBy", accounts.shownName(item.updatedBy()))
                .add("version", item.version())
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
