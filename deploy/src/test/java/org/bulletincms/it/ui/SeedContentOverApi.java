package org.bulletincms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;
import org.bulletincms.it.Editorial;

/**
 * What the browser walks do not type but need: seed items of issue 2021 No. 4 added by edith, their English
 * entered by tom and workflow steps taken, through the management API as those users.
 */
final class SeedContentOverApi {

    /** An item drafted in a rubric of its own, in a new issue of a new publication. */
    record DraftedItem(JsonObject publication, String issueId, String itemId) {}

    private SeedContentOverApi() {}

    /** A new publication and issue {@code year}/{@code number}, one rubric, and the seed {@code sample} in it. */
    static DraftedItem draftOneItem(
            int year, int number, int cumulative, String rubricZh, String rubricEn, String sample) {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, year, number, cumulative);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, rubricZh, rubricEn);
        String issueId = issue.getString("id");
        return new DraftedItem(publication, issueId, addSample(issueId, rubric.getString("id"), sample));
    }

    /** The seed {@code sample}'s Chinese source added by edith at the end of the rubric; returns the item's id. */
    static String addSample(String issueId, String rubricId, String sample) {
        Api.Reply added = Editorial.addItem(
                DemoUser.EDITH,
                issueId,
                rubricId,
                SeedIssue2021No4.type(sample),
                SeedIssue2021No4.chineseSource(sample));
        assertEquals(201, added.status(), () -> sample + ": " + added);
        return added.json().getString("id");
    }

    /** Tom's English for the item, naming the version he read. */
    static void translate(String itemId, JsonObject english) {
        String etag = Api.as(DemoUser.TOM)
                .get("/api/v1/items/" + itemId)
                .header("ETag")
                .orElseThrow();
        Api.Reply reply = Api.as(DemoUser.TOM)
                .header("If-Match", etag)
                .send(
                        "PUT",
                        "/api/v1/items/" + itemId + "/translations/en",
                        HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("values", english)
                                .build()
                                .toString()),
                        "application/json");
        assertEquals(200, reply.status(), reply::toString);
    }

    /** Tom marks the English translation of the issue done. */
    static void markEnglishDone(String issueId) {
        Api.Reply done = Api.as(DemoUser.TOM)
                .send(
                        "POST",
                        "/api/v1/issues/" + issueId + "/translations/en/done",
                        HttpRequest.BodyPublishers.noBody(),
                        null);
        assertEquals(200, done.status(), done::toString);
    }

    /** A workflow action that needs no comment, taken by {@code user}. */
    static void take(DemoUser user, String issueId, String action) {
        Api.Reply taken = Api.as(user)
                .post(
                        "/api/v1/issues/" + issueId + "/workflow/" + action,
                        Json.createObjectBuilder().build());
        assertEquals(200, taken.status(), () -> action + ": " + taken);
    }
}
