package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full-text search in the delivery API as a front end sees it, anonymously: Chinese and English phrases of
 * published seed items are found, drafts never are, and malformed requests get 400 problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final String CHAILLOT_ZH = "首届全球建筑和气候论坛发布《夏乐宫宣言》";
    private static final String CHAILLOT_EN =
            "First Buildings and Climate Global Forum adopts the Chaillot Declaration";
    private static final List<String> SEED_ITEMS =
            List.of("declaration/2024-2-chaillot", "news/2024-2-regional-food-systems");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.realWarWithFaultProbe();
    }

    /** A new seed publication whose issue 2024 No. 2 (No. 16) holds two seed items in zh-CN and en, published. */
    private static String publishedSeedIssue() throws Exception {
        JsonObject publication = SeedIssuesIT.startSeedPublication();
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        for (String file : SEED_ITEMS) {
            Editorial.created(Editorial.addItem(
                    DemoUser.EDITH,
                    issue.getString("id"),
                    rubric.getString("id"),
                    SeedIssuesIT.type(file),
                    SeedIssuesIT.sample(file)));
        }
        String id = issue.getString("id");
        Workflow.ok(Workflow.take(DemoUser.EDITH, id, "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, id, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, id, "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, id, "approve", "可以发布"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, id, "publish", null));
        return publication.getString("slug");
    }

    private static Api.Reply search(String query) {
        return Api.anonymous().get("/api/delivery/v1/search?" + query);
    }

    /** A search for a text just published: the index follows the commit shortly (outbox), so read again until found. */
    private static Api.Reply searchOnceIndexed(String query) {
        return Eventually.found(
                () -> search(query),
                reply -> !reply.json().getJsonArray("results").isEmpty());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<JsonObject> results(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"), reply::contentType);
        return reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
    }

    @Test
    void aChinesePhraseOfAPublishedSeedItemIsFoundAnonymously() throws Exception {
        String slug = publishedSeedIssue();

        List<JsonObject> hits = results(searchOnceIndexed(q("《夏乐宫宣言》") + "&locale=zh-CN&publication=" + slug));

        assertEquals(1, hits.size(), hits::toString);
        JsonObject hit = hits.get(0);
        assertEquals(CHAILLOT_ZH, hit.getString("title"));
        assertEquals("declaration", hit.getString("type"));
        assertEquals(
                List.of(2024, 2, 16),
                List.of(hit.getInt("year"), hit.getInt("number"), hit.getInt("cumulativeNumber")));
        assertEquals("zh-CN", hit.getString("locale"));
        assertFalse(hit.getString("snippet").isBlank());
        List<JsonObject> food = results(searchOnceIndexed(q("可持续公共食品采购") + "&locale=zh-CN&publication=" + slug));
        assertEquals(
                List.of("news"), food.stream().map(h -> h.getString("type")).toList());
        assertTrue(food.get(0).getString("snippet").contains("可持续公共食品采购"), food::toString);
    }

    @Test
    void anEnglishPhraseIsFoundInEnglish() throws Exception {
        String slug = publishedSeedIssue();

        List<JsonObject> hits =
                results(searchOnceIndexed(q("\"Chaillot Declaration\"") + "&locale=en&publication=" + slug));

        assertEquals(
                List.of(CHAILLOT_EN),
                hits.stream().map(h -> h.getString("title")).toList());
        assertEquals("en", hits.get(0).getString("locale"));
        assertEquals(
                List.of(),
                results(search(q("《夏乐宫宣言》") + "&locale=en&publication=" + slug)),
                "the English texts are translated, so the Chinese title is not among them");
    }

    @Test
    void queryOperatorsOtherThanPhrasesAndExclusionsAreSearchedAsPlainWords() throws Exception {
        String slug = publishedSeedIssue();
        String inPublication = "&locale=en&publication=" + slug;
        assertEquals(
                List.of(CHAILLOT_EN),
                results(searchOnceIndexed(q("Chaillot") + inPublication)).stream()
                        .map(h -> h.getString("title"))
                        .toList(),
                "the plain word is found");

        // Fuzzy and prefix would each find "Chaillot"; as plain words they match nothing.
        for (String operator : List.of("Chailot~1", "Chaillo~2", "Chail*", "Chai?lot", "title_en:Chaillot")) {
            assertEquals(List.of(), results(search(q(operator) + inPublication)), operator);
        }
        // Lone operators and syntax a Lucene parser would choke on are not errors either.
        for (String syntax : List.of("?", "*", "~", "a*", "foo~2", "field:x", "(", "\\", "\"", "-", "+|")) {
            results(search(q(syntax) + inPublication));
        }
    }

    @Test
    void theTextOfAnIssueThatIsNotPublishedIsNeverFound() throws Exception {
        String word =
                "unpublished" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        WorkflowIT.Fixture approved = WorkflowIT.in("approved");
        Workflow.edit(DemoUser.ADAM, approved.item(), Samples.news("未发布的草稿标题" + word, "Draft " + word));
        JsonObject draft = Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2025, 1, 1);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, draft, "草稿栏目", "Draft rubric");
        Editorial.created(Editorial.addItem(
                DemoUser.EDITH,
                draft.getString("id"),
                rubric.getString("id"),
                "news",
                Samples.news("从未发布的简报条目" + word, "Never published " + word)));

        assertEquals(List.of(), results(search(q(word))));
        assertEquals(List.of(), results(search(q("从未发布的简报条目") + "&locale=zh-CN")));
    }

    @Test
    void thePageSizeIsClampedToItsDocumentedMaximum() {
        Api.Reply reply = search(q("宣言") + "&size=1000&page=1");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(50, reply.json().getInt("size"));
    }

    @Test
    void malformedSearchesAreRefusedWith400ProblemJson() {
        for (String query : List.of(
                "",
                "q=",
                "q=%20%20",
                q("宣".repeat(201)),
                q("宣言") + "&sort=date",
                q("宣言") + "&size=0",
                q("宣言") + "&page=abc",
                q("宣言") + "&locale=not_a_locale!")) {
            assertProblem(search(query), 400, "malformed-request");
        }
    }
}
