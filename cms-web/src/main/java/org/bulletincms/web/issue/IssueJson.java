package org.bulletincms.web.issue;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.bulletincms.drafting.IssueCover;
import org.bulletincms.issue.NumberingGaps;
import org.bulletincms.spi.Json;

/** The list of a publication's issues as the management API writes it (one issue is {@link IssueDocument}). */
public final class IssueJson {

    private IssueJson() {}

    static JsonObject summary(IssueCover issue) {
        return cover(issue)
                .add("rubricCount", issue.rubricCount())
                .add("itemCount", issue.itemCount())
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

    private static JsonObjectBuilder cover(IssueCover issue) {
        JsonArrayBuilder allowedActions = Json.createArrayBuilder();
        IssueDocument.allowedActions(issue.allowedActions()).forEach(allowedActions::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", issue.id().toString())
                .add("publication", issue.publication().toString())
                .add("year", issue.number().year())
                .add("number", issue.number().numberInYear())
                .add("cumulativeNumber", issue.number().cumulative())
                .add("label", texts(IssueDocument.label(issue.number())))
                .add("title", texts(IssueDocument.texts(issue.title())))
                .add("stage", issue.stage().code())
                .add("allowedActions", allowedActions);
        issue.plannedPublicationDate().ifPresent(date -> json.add("plannedPublicationDate", date.toString()));
        return json.add("createdAt", issue.createdAt().toString())
                .add("createdBy", issue.createdBy())
                .add("updatedAt", issue.updatedAt().toString())
                .add("updatedBy", issue.updatedBy())
                .add("version", issue.version());
    }
}
