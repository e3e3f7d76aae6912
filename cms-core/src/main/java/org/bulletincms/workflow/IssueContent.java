package org.bulletincms.workflow;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.json.CanonicalJson;
import org.bulletincms.spi.Json;

/**
 * The whole content of an issue in one canonical JSON document — cover, rubrics in order with their titles,
 * items in order with type, schema version and content in every locale (linked source documents by id) —
 * and its SHA-256, which is what an approver signs.
 */
public final class IssueContent {

    private IssueContent() {}

    public static JsonObject of(Issue issue) {
        JsonArrayBuilder rubrics = Json.createArrayBuilder();
        for (Rubric rubric : issue.rubrics()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (Item item : rubric.items()) {
                items.add(Json.createObjectBuilder()
                        .add("id", item.id().toString())
                        .add("type", item.sectionType())
                        .add("schemaVersion", item.schemaVersion())
                        .add("content", item.content()));
            }
            JsonObjectBuilder title = Json.createObjectBuilder();
            rubric.title().asMap().forEach((locale, text) -> title.add(locale.value(), text));
            rubrics.add(Json.createObjectBuilder()
                    .add("id", rubric.id().toString())
                    .add("title", title)
                    .add("items", items));
        }
        JsonObjectBuilder title = Json.createObjectBuilder();
        issue.title().asMap().forEach((locale, text) -> title.add(locale.value(), text));
        return Json.createObjectBuilder()
                .add("issue", issue.id().toString())
                .add("edition", issue.edition())
                .add("year", issue.number().year())
                .add("number", issue.number().numberInYear())
                .add("cumulativeNumber", issue.number().cumulative())
                .add("title", title)
                .add("rubrics", rubrics)
                .build();
    }

    public static String hash(Issue issue) {
        return CanonicalJson.sha256(of(issue));
    }
}
