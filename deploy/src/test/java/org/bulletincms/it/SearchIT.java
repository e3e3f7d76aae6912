package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.bulletincms.it.DeliverySearch.q;
import static org.bulletincms.it.DeliverySearch.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
        return BulletinDeployment.forTests();
    }

    private static String publishedSeedIssue() {
        return SeedIssue2024No2.published(SEED_ITEMS).slug();
    }

    private static final DeliverySearch SEARCH = DeliverySearch.onTestServer();

    /** A search for a text just published: the index follows the commit shortly (outbox), so read again until found. */
    private static List<JsonObject> foundOnceIndexed(String text, String locale, String slug) {
        return SEARCH.untilFound(query(text, locale, slug), Eventually.INDEXED).value();
    }

    @Test
    void aChinesePhraseOfAPublishedSeedItemIsFoundAnonymously() throws Exception {
        String slug = publishedSeedIssue();

        List<JsonObject> hits = foundOnceIndexed("《夏乐宫宣言》", "zh-CN", slug);

        assertEquals(1, hits.size(), hits::toString);
        JsonObject hit = hits.get(0);
        assertEquals(CHAILLOT_ZH, hit.getString("title"));
        assertEquals("declaration", hit.getString("type"));
        assertEquals(
                List.of(2024, 2, 16),
                List.of(hit.getInt("year"), hit.getInt("number"), hit.getInt("cumulativeNumber")));
        assertEquals("zh-CN", hit.getString("locale"));
        assertFalse(hit.getString("snippet").isBlank());
        List<JsonObject> food = foundOnceIndexed("可持续公共食品采购", "zh-CN", slug);
        assertEquals(
                List.of("news"), food.stream().map(h -> h.getString("type")).toList());
        assertTrue(food.get(0).getString("snippet").contains("可持续公共食品采购"), food::toString);
    }

    @Test
    void anEnglishPhraseIsFoundInEnglish() throws Exception {
        String slug = publishedSeedIssue();

        List<JsonObject> hits = foundOnceIndexed("\"Chaillot Declaration\"", "en", slug);

        assertEquals(
                List.of(CHAILLOT_EN),
                hits.stream().map(h -> h.getString("title")).toList());
        assertEquals("en", hits.get(0).getString("locale"));
        assertEquals(
                List.of(),
                SEARCH.hits(query("《夏乐宫宣言》", "en", slug)),
                "the English texts are translated, so the Chinese title is not among them");
    }

    @Test
    void queryOperatorsOtherThanPhrasesAndExclusionsAreSearchedAsPlainWords() throws Exception {
        String slug = publishedSeedIssue();
        assertEquals(
                List.of(CHAILLOT_EN),
                foundOnceIndexed("Chaillot", "en", slug).stream()
                        .map(h -> h.getString("title"))
                        .toList(),
                "the plain word is found");

        // Fuzzy and prefix would each find "Chaillot"; as plain words they match nothing.
        for (String operator : List.of("Chailot~1", "Chaillo~2", "Chail*", "Chai?lot", "title_en:Chaillot")) {
            assertEquals(List.of(), SEARCH.hits(query(operator, "en", slug)), operator);
        }
        // Lone operators and syntax a Lucene parser would choke on are not errors either.
        for (String syntax : List.of("?", "*", "~", "a*", "foo~2", "field:x", "(", "\\", "\"", "-", "+|")) {
            SEARCH.hits(query(syntax, "en", slug));
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

        assertEquals(List.of(), SEARCH.hits(q(word)));
        assertEquals(List.of(), SEARCH.hits(q("从未发布的简报条目") + "&locale=zh-CN"));
    }

    @Test
    void thePageSizeIsClampedToItsDocumentedMaximum() {
        Api.Reply reply = SEARCH.reply(q("宣言") + "&size=1000&page=1");

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
            assertProblem(SEARCH.reply(query), 400, "malformed-request");
        }
    }
}
