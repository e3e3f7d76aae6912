package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

/** Steps an editor takes through the management API, for tests that need content to work on. */
public final class Editorial {

    private Editorial() {}

    /** A new bilingual publication (zh-CN source, en target) with a unique slug; returns its JSON. */
    public static JsonObject startPublication(DemoUser editor) {
        JsonObject body = Json.createObjectBuilder()
                .add("slug", "spp-" + UUID.randomUUID().toString().substring(0, 8))
                .add(
                        "title",
                        Json.createObjectBuilder().add("zh-CN", "可持续公共采购计划简报").add("en", "SPP Programme Newsletter"))
                .add("publisher", "中环联合认证中心")
                .add("sourceLocale", "zh-CN")
                .add("targetLocales", Json.createArrayBuilder().add("en"))
                .build();
        return created(Api.as(editor).post("/api/v1/publications", body));
    }

    public static JsonObject draftIssue(DemoUser editor, JsonObject publication, int year, int number, int cumulative) {
        return draftIssue(editor, publication, year, number, cumulative, Map.of());
    }

    /** A new issue with a masthead line by locale tag (同一个地球网络 above the title of 2021 No. 4). */
    public static JsonObject draftIssue(
            DemoUser editor,
            JsonObject publication,
            int year,
            int number,
            int cumulative,
            Map<String, String> mastheadLine) {
        JsonObject body = Json.createObjectBuilder()
                .add("year", year)
                .add("number", number)
                .add("cumulativeNumber", cumulative)
                .add("mastheadLine", Json.createObjectBuilder(mastheadLine))
                .build();
        return created(Api.as(editor).post("/api/v1/publications/" + publication.getString("id") + "/issues", body));
    }

    public static JsonObject addRubric(DemoUser editor, JsonObject issue, String zh, String en) {
        JsonObject body = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("zh-CN", zh).add("en", en))
                .build();
        return created(Api.as(editor).post("/api/v1/issues/" + issue.getString("id") + "/rubrics", body));
    }

    /** A rubric titled in the source locale alone, as an editor drafts it before the translation. */
    public static JsonObject addRubric(DemoUser editor, JsonObject issue, String zh) {
        JsonObject body = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("zh-CN", zh))
                .build();
        return created(Api.as(editor).post("/api/v1/issues/" + issue.getString("id") + "/rubrics", body));
    }

    public static Api.Reply addItem(DemoUser editor, String issueId, String rubricId, String type, JsonObject content) {
        JsonObject body = Json.createObjectBuilder()
                .add("type", type)
                .add("content", content)
                .build();
        return Api.as(editor).post("/api/v1/issues/" + issueId + "/rubrics/" + rubricId + "/items", body);
    }

    static Api.Reply put(DemoUser user, String path, String etag, JsonStructure body) {
        Api api = Api.as(user);
        if (etag != null) {
            api.header("If-Match", etag);
        }
        return api.send("PUT", path, HttpRequest.BodyPublishers.ofString(body.toString()), "application/json");
    }

    static Api.Reply delete(DemoUser user, String path, String etag) {
        Api api = Api.as(user);
        if (etag != null) {
            api.header("If-Match", etag);
        }
        return api.send("DELETE", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }
}
