package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editorial workflow with the four demo users from Keycloak: who may take which step, the translation
 * states, the review gate, sign-off and its voiding, the four-eyes rule, races, publishing.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    /** A small issue drafted by the editor: one rubric, one news item written in zh-CN and en. */
    record Fixture(String issue, String item) {

        /** The publication of the fixture's issue. */
        String publication() {
            return Api.as(DemoUser.ADAM).get("/api/v1/issues/" + issue).json().getString("publication");
        }
    }

    static Fixture draft() {
        JsonObject issue =
                Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2024, 2, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        JsonObject item = Editorial.created(Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "news",
                Samples.news("首届联合国食品系统峰会承诺重大行动", "First UN Food Systems Summit commits to major action")));
        return new Fixture(issue.getString("id"), item.getString("id"));
    }

    /** A fixture moved on to {@code stage} by the people whose job each step is (never by adam). */
    static Fixture in(String stage) {
        Fixture f = draft();
        List<String> path = List.of("draft", "in-translation", "in-review", "approved", "published");
        for (int i = 1; i <= path.indexOf(stage); i++) {
            switch (path.get(i)) {
                case "in-translation" ->
                    Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
                case "in-review" -> {
                    Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
                    Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));
                }
                case "approved" -> Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "approve", "可以发布"));
                case "published" -> Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "publish", null));
                default -> throw new IllegalArgumentException(stage);
            }
        }
        assertEquals(stage, Workflow.stage(f.issue()));
        return f;
    }

    // --- the role × transition matrix ----------------------------------------------------------------------

    record Step(String action, String from, String to, Set<DemoUser> allowed) {}

    static final List<Step> STEPS = List.of(
            new Step("send-to-translation", "draft", "in-translation", Set.of(DemoUser.EDITH, DemoUser.ADAM)),
            new Step("submit-for-review", "in-translation", "in-review", Set.of(DemoUser.EDITH, DemoUser.ADAM)),
            new Step("reject", "in-review", "draft", Set.of(DemoUser.ANNA, DemoUser.ADAM)),
            new Step("approve", "in-review", "approved", Set.of(DemoUser.ANNA, DemoUser.ADAM)),
            new Step("withdraw-approval", "approved", "in-review", Set.of(DemoUser.ANNA, DemoUser.ADAM)),
            new Step("publish", "approved", "published", Set.of(DemoUser.EDITH, DemoUser.ANNA, DemoUser.ADAM)),
            new Step("start-correction", "published", "draft", Set.of(DemoUser.EDITH, DemoUser.ADAM)));

    @Test
    void everyTransitionIsAllowedToExactlyItsRolesAndRefusalsWriteNothing() {
        List<String> outcomes = new ArrayList<>();
        for (Step step : STEPS) {
            Fixture refusals = in(step.from());
            if (step.from().equals("in-translation")) {
                Workflow.ok(Workflow.markDone(DemoUser.TOM, refusals.issue(), "en"));
            }
            String signOffsBefore = Api.as(DemoUser.ADAM)
                    .get("/api/v1/issues/" + refusals.issue() + "/sign-offs")
                    .body();
            assertEquals(
                    401,
                    Workflow.takeAnonymously(refusals.issue(), step.action()).status(),
                    step.action());
            for (DemoUser user : DemoUser.values()) {
                if (!step.allowed().contains(user)) {
                    Api.Reply refused = Workflow.take(user, refusals.issue(), step.action(), "理由 / reason");
                    outcomes.add(step.action() + " " + user + " " + refused.status());
                    assertProblem(refused, 403, "forbidden");
                }
            }
            assertEquals(step.from(), Workflow.stage(refusals.issue()), step.action() + ": refusals wrote nothing");
            assertEquals(
                    signOffsBefore,
                    Api.as(DemoUser.ADAM)
                            .get("/api/v1/issues/" + refusals.issue() + "/sign-offs")
                            .body());
            for (DemoUser user : step.allowed()) {
                Fixture fresh = in(step.from());
                if (step.from().equals("in-translation")) {
                    Workflow.ok(Workflow.markDone(DemoUser.TOM, fresh.issue(), "en"));
                }
                JsonObject state = Workflow.ok(Workflow.take(user, fresh.issue(), step.action(), "理由 / reason"));
                assertEquals(step.to(), state.getString("stage"), step.action() + " by " + user);
            }
        }
        assertFalse(outcomes.isEmpty());
    }

    @Test
    void aTransitionFromTheWrongStageIsAConflictAndWritesNothing() {
        Fixture draft = draft();
        for (Step step : STEPS) {
            if (step.from().equals("draft")) {
                continue;
            }
            DemoUser allowed = step.allowed().iterator().next();
            assertProblem(Workflow.take(allowed, draft.issue(), step.action(), "理由"), 409, "illegal-transition");
        }
        assertEquals("draft", Workflow.stage(draft.issue()));
        Fixture published = in("published");
        assertProblem(
                Workflow.take(DemoUser.EDITH, published.issue(), "send-to-translation", null),
                409,
                "illegal-transition");
        assertProblem(Workflow.take(DemoUser.ANNA, published.issue(), "approve", null), 409, "illegal-transition");
        assertEquals("published", Workflow.stage(published.issue()));
    }

    @Test
    void rejectingWithdrawingAndCorrectingNeedAComment() {
        Fixture review = in("in-review");
        assertProblem(Workflow.take(DemoUser.ANNA, review.issue(), "reject", null), 422, "comment-required");
        assertProblem(Workflow.take(DemoUser.ANNA, review.issue(), "reject", "   "), 422, "invalid-content");
        assertEquals("in-review", Workflow.stage(review.issue()));
        Fixture published = in("published");
        assertProblem(
                Workflow.take(DemoUser.EDITH, published.issue(), "start-correction", null), 422, "comment-required");
        assertEquals("published", Workflow.stage(published.issue()));
    }

    @Test
    void submittingAnItemWithoutItsRequiredBodyNamesTheFieldInTheCallersLanguageNeverByAKey() {
        JsonObject issue =
                Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2024, 3, 17);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "要闻", "Highlights");
        JsonObject item = Editorial.created(Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "news",
                Json.createObjectBuilder()
                        .add("shared", Json.createObjectBuilder())
                        .add(
                                "localized",
                                Json.createObjectBuilder()
                                        .add("zh-CN", Json.createObjectBuilder().add("title", "尚无正文的消息"))
                                        .add("en", Json.createObjectBuilder().add("title", "News without a body")))
                        .build()));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue.getString("id"), "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, issue.getString("id"), "en"));
        String submit = "/api/v1/issues/" + issue.getString("id") + "/workflow/submit-for-review";

        Api.Reply chinese = Api.as(DemoUser.EDITH)
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .post(submit, Json.createObjectBuilder().build());
        Api.Reply english = Api.as(DemoUser.EDITH)
                .header("Accept-Language", "en-GB")
                .post(submit, Json.createObjectBuilder().build());

        assertProblem(chinese, 422, "not-publishable");
        assertProblem(english, 422, "not-publishable");
        String zhBody = "/items/" + item.getString("id") + "/content/localized/zh-CN/body";
        JsonObject chineseError = errorAt(chinese, zhBody);
        JsonObject englishError = errorAt(english, zhBody);
        assertAll(
                () -> assertEquals("field.required", chineseError.getString("code")),
                () -> assertEquals("“正文”为必填项。", chineseError.getString("message"), chinese::toString),
                () -> assertEquals("“Body” is required.", englishError.getString("message"), english::toString),
                () -> assertEquals("尚不能发布", chinese.json().getString("title"), chinese::toString),
                () -> assertEquals("Not ready to publish", english.json().getString("title"), english::toString),
                () -> assertFalse(chinese.body().contains("news:"), chinese::toString),
                () -> assertEquals("in-translation", Workflow.stage(issue.getString("id"))));
    }

    // --- translation ----------------------------------------------------------------------------------------

    @Test
    void aSourceEditAfterTranslationMakesItOutdatedAndShowsWhatChanged() {
        Fixture f = in("in-translation");
        Workflow.ok(Workflow.translate(DemoUser.TOM, f.item(), "en", enValues("First UN Food Systems Summit")));
        assertEquals("in-progress", enStatus(f).getString("status"));

        JsonObject changed = Samples.news("首届联合国食品系统峰会承诺采取重大行动", "First UN Food Systems Summit");
        JsonObject content = Json.createObjectBuilder(changed)
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add("zh-CN", changed.getJsonObject("localized").getJsonObject("zh-CN"))
                                .add(
                                        "en",
                                        Workflow.item(f.item())
                                                .getJsonObject("content")
                                                .getJsonObject("localized")
                                                .getJsonObject("en")))
                .build();
        assertEquals(200, Workflow.edit(DemoUser.EDITH, f.item(), content).status());

        JsonObject en = enStatus(f);
        assertEquals("outdated", en.getString("status"));
        JsonObject change = en.getJsonArray("sourceChanges").getJsonObject(0);
        assertEquals("title", change.getString("field"));
        assertEquals("首届联合国食品系统峰会承诺重大行动", change.getString("before"));
        assertEquals("首届联合国食品系统峰会承诺采取重大行动", change.getString("after"));

        Workflow.ok(Workflow.translate(
                DemoUser.TOM, f.item(), "en", enValues("First UN Food Systems Summit commits to take major action")));
        assertEquals("in-progress", enStatus(f).getString("status"), "translating again brings it up to date");
    }

    @Test
    void theReviewGateListsMissingAndOutdatedTranslations() {
        Fixture f = in("in-translation");
        JsonObject rubric = Api.as(DemoUser.EDITH)
                .get("/api/v1/issues/" + f.issue())
                .json()
                .getJsonArray("rubrics")
                .getJsonObject(0);
        String untranslated = Editorial.created(Editorial.addItem(
                        DemoUser.EDITH, f.issue(), rubric.getString("id"), "news", Samples.newsInChineseOnly("未翻译的条目")))
                .getString("id");

        Api.Reply refused = Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null);

        assertProblem(refused, 409, "translations-incomplete");
        JsonObject blocking = refused.json().getJsonArray("translations").getJsonObject(0);
        assertEquals(
                Map.of("item", untranslated, "locale", "en", "status", "missing"),
                Map.of(
                        "item",
                        blocking.getString("item"),
                        "locale",
                        blocking.getString("locale"),
                        "status",
                        blocking.getString("status")));
        assertProblem(Workflow.markDone(DemoUser.TOM, f.issue(), "en"), 409, "translations-incomplete");
        assertEquals("in-translation", Workflow.stage(f.issue()));
    }

    @Test
    void translatorsChangeOnlyTranslatableFieldsOfTargetLocalesWhileInTranslation() {
        Fixture draft = draft();
        assertProblem(
                Workflow.translate(DemoUser.TOM, draft.item(), "en", enValues("Too early")), 409, "content-locked");

        Fixture f = in("in-translation");
        Api.Reply shared = Workflow.translate(
                DemoUser.TOM,
                f.item(),
                "en",
                Json.createObjectBuilder()
                        .add("title", "T")
                        .add("sourceUrl", "https://evil.example")
                        .build());
        assertProblem(shared, 422, "invalid-content");
        assertEquals(List.of("/values/sourceUrl"), ApiAssertions.errorPointers(shared));
        assertProblem(
                Workflow.translate(DemoUser.TOM, f.item(), "zh-CN", enValues("改写源文")), 422, "not-a-target-locale");
        assertProblem(Workflow.edit(DemoUser.TOM, f.item(), Samples.news("改", "Changed")), 403, "forbidden");
        assertEquals(
                "首届联合国食品系统峰会承诺重大行动",
                Workflow.item(f.item())
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("zh-CN")
                        .getString("title"),
                "nothing written");
    }

    @Test
    void anAssignedLocaleIsTranslatedByItsTranslatorOnly() {
        Fixture f = in("in-translation");
        Api.Reply assigned = Editorial.put(
                DemoUser.EDITH,
                "/api/v1/issues/" + f.issue() + "/translations/en/translator",
                null,
                Json.createObjectBuilder().add("username", "someone-else").build());
        assertEquals(200, assigned.status(), assigned::toString);

        assertProblem(Workflow.translate(DemoUser.TOM, f.item(), "en", enValues("Mine")), 403, "forbidden");
        assertTrue(Api.as(DemoUser.TOM).get("/api/v1/tasks").json().getJsonArray("translations").stream()
                .noneMatch(task -> task.asJsonObject().getString("issue").equals(f.issue())));
    }

    @Test
    void aTranslatorAssignedToAnIssueWithoutItemsYetIsShownInTheOverview() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2025, 1, 20);
        String path = "/api/v1/issues/" + issue.getString("id") + "/translations";
        Api.Reply assigned = Editorial.put(
                DemoUser.EDITH,
                path + "/en/translator",
                null,
                Json.createObjectBuilder().add("username", "tom").build());
        assertEquals(200, assigned.status(), assigned::toString);

        JsonObject english =
                Api.as(DemoUser.EDITH).get(path).json().getJsonArray("locales").getJsonObject(0);
        assertEquals("en", english.getString("locale"));
        assertEquals("tom", english.getString("translator"));
    }

    // --- review, sign-off, publishing ---------------------------------------------------------------------------

    @Test
    void editorsCannotChangeContentUnderReview() {
        Fixture f = in("in-review");

        assertProblem(Workflow.edit(DemoUser.EDITH, f.item(), Samples.news("改", "Changed")), 409, "content-locked");
        assertProblem(
                Api.as(DemoUser.EDITH)
                        .post(
                                "/api/v1/issues/" + f.issue() + "/rubrics",
                                Json.createObjectBuilder()
                                        .add("title", Json.createObjectBuilder().add("zh-CN", "新"))
                                        .build()),
                409,
                "content-locked");
        assertEquals(
                "首届联合国食品系统峰会承诺重大行动",
                Workflow.item(f.item())
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("zh-CN")
                        .getString("title"));
    }

    @Test
    void aChangeAfterSignOffVoidsItAndReturnsTheIssueToReview() {
        Fixture f = in("approved");
        JsonObject signOff = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + f.issue() + "/workflow")
                .json()
                .getJsonObject("signOff");
        assertTrue(signOff.getBoolean("valid"));

        JsonObject original = Workflow.item(f.item()).getJsonObject("content");
        assertEquals(
                200,
                Workflow.edit(
                                DemoUser.ADAM,
                                f.item(),
                                Json.createObjectBuilder(original)
                                        .add(
                                                "shared",
                                                Json.createObjectBuilder().add("sourceUrl", "https://www.unep.org/"))
                                        .build())
                        .status());

        assertEquals("in-review", Workflow.stage(f.issue()));
        JsonObject voided = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + f.issue() + "/sign-offs")
                .json()
                .getJsonArray("signOffs")
                .getJsonObject(0);
        assertFalse(voided.getBoolean("valid"));
        assertEquals("content changed after sign-off", voided.getString("voidReason"));
        assertProblem(Workflow.take(DemoUser.EDITH, f.issue(), "publish", null), 409, "illegal-transition");
    }

    @Test
    void anApproverWhoWroteContentMayNotApproveIt() {
        Fixture f = in("in-translation");
        JsonObject original = Workflow.item(f.item()).getJsonObject("content");
        assertEquals(200, Workflow.edit(DemoUser.ADAM, f.item(), original).status());
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));

        Api.Reply refused = Workflow.take(DemoUser.ADAM, f.issue(), "approve", "自己批准");

        assertProblem(refused, 403, "forbidden");
        assertTrue(refused.json().getString("detail").contains("Four-eyes"), refused::toString);
        assertEquals("in-review", Workflow.stage(f.issue()));
        assertTrue(Api.as(DemoUser.ADAM).get("/api/v1/tasks").json().getJsonArray("reviews").stream()
                .noneMatch(task -> task.asJsonObject().getString("issue").equals(f.issue())));
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "approve", "可以发布"));
    }

    @Test
    void twoApproversSigningOffAtTheSameInstantMakeExactlyOneSignOff() throws Exception {
        Fixture f = in("in-review");

        List<Integer> statuses = race(
                () -> Workflow.take(DemoUser.ANNA, f.issue(), "approve", "anna").status(),
                () -> Workflow.take(DemoUser.ADAM, f.issue(), "approve", "adam").status());

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals("approved", Workflow.stage(f.issue()));
        assertEquals(
                1,
                Api.as(DemoUser.ANNA)
                        .get("/api/v1/issues/" + f.issue() + "/sign-offs")
                        .json()
                        .getJsonArray("signOffs")
                        .size());
    }

    @Test
    void twoEditorsSavingTheSameItemAtOnceLeaveTheFirstEditIntact() throws Exception {
        Fixture f = draft();
        String path = "/api/v1/items/" + f.item();
        String etag = Api.as(DemoUser.EDITH).get(path).header("ETag").orElseThrow();

        List<Integer> statuses = race(
                () -> Editorial.put(
                                DemoUser.EDITH,
                                path,
                                etag,
                                Json.createObjectBuilder()
                                        .add("content", Samples.news("甲的修改", "Edith's edit"))
                                        .build())
                        .status(),
                () -> Editorial.put(
                                DemoUser.ADAM,
                                path,
                                etag,
                                Json.createObjectBuilder()
                                        .add("content", Samples.news("乙的修改", "Adam's edit"))
                                        .build())
                        .status());

        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        String title = Workflow.item(f.item())
                .getJsonObject("content")
                .getJsonObject("localized")
                .getJsonObject("zh-CN")
                .getString("title");
        assertTrue(title.equals("甲的修改") || title.equals("乙的修改"), title);
    }

    @Test
    void publishingMakesAnImmutableSnapshotWithTheSignedHashAndACorrectionIsANewEdition() {
        Fixture f = in("approved");
        String signedHash = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + f.issue() + "/workflow")
                .json()
                .getJsonObject("signOff")
                .getString("hash");
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "publish", null));

        JsonObject first = Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + f.issue() + "/editions/1")
                .json();
        assertEquals(signedHash, first.getString("signedHash"));
        assertEquals(
                "首届联合国食品系统峰会承诺重大行动",
                first.getJsonObject("locales")
                        .getJsonObject("zh-CN")
                        .getJsonArray("rubrics")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("fields")
                        .getString("title"));
        assertEquals(
                "First UN Food Systems Summit commits to major action",
                first.getJsonObject("locales")
                        .getJsonObject("en")
                        .getJsonArray("rubrics")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("fields")
                        .getString("title"));
        assertProblem(Workflow.edit(DemoUser.EDITH, f.item(), Samples.news("改", "Changed")), 409, "content-locked");

        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "start-correction", "更正：峰会名称"));
        JsonObject content = Workflow.item(f.item()).getJsonObject("content");
        JsonObject corrected = Json.createObjectBuilder(content)
                .add(
                        "localized",
                        Json.createObjectBuilder(content.getJsonObject("localized"))
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder(content.getJsonObject("localized")
                                                        .getJsonObject("zh-CN"))
                                                .add("title", "首届联合国粮食系统峰会承诺重大行动")))
                .build();
        assertEquals(200, Workflow.edit(DemoUser.EDITH, f.item(), corrected).status());
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
        Workflow.ok(Workflow.translate(
                DemoUser.TOM, f.item(), "en", enValues("First UN Food Systems Summit commits to major action")));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "approve", "更正可以发布"));
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "publish", null));

        JsonObject editions = Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + f.issue() + "/editions")
                .json();
        assertEquals(2, editions.getJsonArray("editions").size());
        assertEquals(
                "更正：峰会名称", editions.getJsonArray("editions").getJsonObject(1).getString("correction"));
        JsonObject again = Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + f.issue() + "/editions/1")
                .json();
        assertEquals(first, again, "the earlier edition is still retrievable, unchanged");
        assertEquals(
                "首届联合国粮食系统峰会承诺重大行动",
                Api.as(DemoUser.TOM)
                        .get("/api/v1/issues/" + f.issue() + "/editions/2")
                        .json()
                        .getJsonObject("locales")
                        .getJsonObject("zh-CN")
                        .getJsonArray("rubrics")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("fields")
                        .getString("title"));
    }

    @Test
    void eachUserSeesTheirOwnTasks() {
        Fixture translation = in("in-translation");
        Fixture review = in("in-review");

        assertAll(
                () -> assertTrue(tasks(DemoUser.TOM, "translations").contains(translation.issue())),
                () -> assertFalse(tasks(DemoUser.TOM, "reviews").contains(review.issue())),
                () -> assertTrue(tasks(DemoUser.ANNA, "reviews").contains(review.issue())),
                () -> assertFalse(tasks(DemoUser.ANNA, "translations").contains(translation.issue())),
                () -> assertFalse(tasks(DemoUser.EDITH, "reviews").contains(review.issue())));
        Fixture draft = draft();
        assertTrue(tasks(DemoUser.EDITH, "drafts").contains(draft.issue()));
    }

    // --- seed issue 2024 No. 2, all the way ---------------------------------------------------------------------

    @Test
    void seedIssue2024No2IsDraftedTranslatedRejectedFixedSignedOffAndPublished() throws Exception {
        // The editor drafts the issue in Chinese only.
        JsonObject publication = SeedIssuesIT.startSeedPublication();
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);
        String issueId = issue.getString("id");
        Map<String, String> itemOfFile = new java.util.LinkedHashMap<>();
        List<String> writtenOnce = new ArrayList<>();
        for (SeedIssuesIT.SeedRubric seedRubric : SeedIssuesIT.ISSUE_2024_2) {
            JsonObject rubric = seedRubric.zh() == null
                    ? Editorial.created(Api.as(DemoUser.EDITH)
                            .post(
                                    "/api/v1/issues/" + issueId + "/rubrics",
                                    Json.createObjectBuilder().build()))
                    : Editorial.addRubric(DemoUser.EDITH, issue, seedRubric.zh(), seedRubric.en());
            for (String file : seedRubric.items()) {
                JsonObject sample = SeedIssuesIT.sample(file);
                // An item written once (the English flyers) is entered as the seed has it: nothing to translate.
                if (sample.containsKey("sameInEveryLocale")) {
                    writtenOnce.add(file);
                }
                JsonObject chineseOnly = sample.containsKey("sameInEveryLocale")
                        ? sample
                        : Json.createObjectBuilder(sample)
                                .add(
                                        "localized",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "zh-CN",
                                                        sample.getJsonObject("localized")
                                                                .getJsonObject("zh-CN")))
                                .build();
                itemOfFile.put(
                        file,
                        Editorial.created(Editorial.addItem(
                                        DemoUser.EDITH,
                                        issueId,
                                        rubric.getString("id"),
                                        SeedIssuesIT.type(file),
                                        chineseOnly))
                                .getString("id"));
            }
        }
        assertTrue(tasks(DemoUser.EDITH, "drafts").contains(issueId));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "send-to-translation", null));
        assertEquals(
                200,
                Editorial.put(
                                DemoUser.EDITH,
                                "/api/v1/issues/" + issueId + "/translations/en/translator",
                                null,
                                Json.createObjectBuilder()
                                        .add("username", "tom")
                                        .build())
                        .status());

        // The translator sees the work, translates every item into English and marks English done.
        assertTrue(tasks(DemoUser.TOM, "translations").contains(issueId));
        assertEquals(
                itemOfFile.size() - writtenOnce.size(),
                Workflow.translations(issueId).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getJsonObject("locales")
                                .getJsonObject("en")
                                .getString("status")
                                .equals("missing"))
                        .count());
        assertProblem(
                Workflow.take(DemoUser.EDITH, issueId, "submit-for-review", null), 409, "translations-incomplete");
        for (Map.Entry<String, String> entry : itemOfFile.entrySet()) {
            if (writtenOnce.contains(entry.getKey())) {
                continue;
            }
            JsonObject en = SeedIssuesIT.sample(entry.getKey())
                    .getJsonObject("localized")
                    .getJsonObject("en");
            Api.Reply translated = Workflow.translate(DemoUser.TOM, entry.getValue(), "en", en);
            assertEquals(200, translated.status(), () -> entry.getKey() + ": " + translated);
        }
        assertProblem(Workflow.take(DemoUser.TOM, issueId, "submit-for-review", null), 403, "forbidden");
        Workflow.ok(Workflow.markDone(DemoUser.TOM, issueId, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "submit-for-review", null));

        // The approver finds the repeated commitment (06 = 08) of the Chaillot declaration and rejects.
        assertTrue(tasks(DemoUser.ANNA, "reviews").contains(issueId));
        String declaration = itemOfFile.get("declaration/2024-2-chaillot");
        assertProblem(
                Workflow.edit(
                        DemoUser.ANNA, declaration, Json.createObjectBuilder().build()),
                403,
                "forbidden");
        Workflow.ok(Workflow.take(DemoUser.ANNA, issueId, "reject", "《夏乐宫宣言》承诺06与08重复，请核对原文。"));
        assertEquals("draft", Workflow.stage(issueId));

        // The editor removes the repeated commitment; the English translation of it becomes outdated.
        JsonObject content = Workflow.item(declaration).getJsonObject("content");
        JsonObject zh = content.getJsonObject("localized").getJsonObject("zh-CN");
        var fixed = Json.createArrayBuilder();
        List<String> commitments = zh.getJsonArray("commitments").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
        for (int i = 0; i < commitments.size(); i++) {
            if (i != 7) {
                fixed.add(commitments.get(i));
            }
        }
        JsonObject fixedContent = Json.createObjectBuilder(content)
                .add(
                        "localized",
                        Json.createObjectBuilder(content.getJsonObject("localized"))
                                .add("zh-CN", Json.createObjectBuilder(zh).add("commitments", fixed)))
                .build();
        assertEquals(
                200, Workflow.edit(DemoUser.EDITH, declaration, fixedContent).status());
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "send-to-translation", null));
        JsonObject declarationStatus =
                Workflow.translations(issueId).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getString("item").equals(declaration))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("locales")
                        .getJsonObject("en");
        assertEquals("outdated", declarationStatus.getString("status"));
        JsonObject commitmentsChange =
                declarationStatus.getJsonArray("sourceChanges").getJsonObject(0);
        assertEquals("commitments", commitmentsChange.getString("field"));
        // the one commitment removed, at its place (08), not every later commitment shifted and shown changed
        JsonArray entryChanges = commitmentsChange.getJsonArray("entryChanges");
        assertEquals(1, entryChanges.size(), commitmentsChange::toString);
        assertEquals("7", entryChanges.getJsonObject(0).getString("path"), commitmentsChange::toString);
        assertEquals(
                List.of("removed " + commitments.get(7)),
                entryChanges.getJsonObject(0).getJsonArray("textChanges").getValuesAs(JsonObject.class).stream()
                        .map(run -> run.getString("kind") + " " + run.getString("text"))
                        .toList(),
                commitmentsChange::toString);

        // The translator follows the change; the editor submits again; the approver signs off.
        JsonObject en = Workflow.item(declaration)
                .getJsonObject("content")
                .getJsonObject("localized")
                .getJsonObject("en");
        var enFixed = Json.createArrayBuilder();
        List<jakarta.json.JsonValue> enCommitments = en.getJsonArray("commitments");
        for (int i = 0; i < enCommitments.size(); i++) {
            if (i != 7) {
                enFixed.add(enCommitments.get(i));
            }
        }
        Workflow.ok(Workflow.translate(
                DemoUser.TOM,
                declaration,
                "en",
                Json.createObjectBuilder(en).add("commitments", enFixed).build()));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, issueId, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "submit-for-review", null));
        // The approver sees what changed since her rejection: in each language the one commitment removed.
        JsonObject changedDeclaration = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + issueId + "/changes-since-review")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("item").equals(declaration))
                .findFirst()
                .orElseThrow();
        for (String locale : List.of("zh-CN", "en")) {
            JsonObject change = changedDeclaration.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                    .filter(one -> one.getString("pointer").equals("/localized/" + locale + "/commitments"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(changedDeclaration.toString()));
            JsonArray entries = change.getJsonArray("entryChanges");
            assertEquals(1, entries.size(), change::toString);
            assertEquals("7", entries.getJsonObject(0).getString("path"), change::toString);
            assertEquals(
                    "removed",
                    entries.getJsonObject(0)
                            .getJsonArray("textChanges")
                            .getJsonObject(0)
                            .getString("kind"),
                    change::toString);
        }
        JsonObject approved = Workflow.ok(Workflow.take(DemoUser.ANNA, issueId, "approve", "同意发布。"));
        String signedHash = approved.getJsonObject("signOff").getString("hash");
        assertEquals("anna", approved.getJsonObject("signOff").getString("approver"));

        // The editor publishes; the snapshot is the signed content, in both languages.
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "publish", null));
        JsonObject snapshot = Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + issueId + "/editions/1")
                .json();
        assertEquals(signedHash, snapshot.getString("signedHash"));
        for (String locale : List.of("zh-CN", "en")) {
            long items = snapshot
                    .getJsonObject("locales")
                    .getJsonObject(locale)
                    .getJsonArray("rubrics")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .mapToLong(r -> r.getJsonArray("items").size())
                    .sum();
            assertEquals(itemOfFile.size(), items, locale);
        }
        assertEquals(
                "首届全球建筑和气候论坛发布《夏乐宫宣言》",
                snapshot.getJsonObject("locales")
                        .getJsonObject("zh-CN")
                        .getJsonArray("rubrics")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getJsonObject(2)
                        .getJsonObject("fields")
                        .getString("title"));
        assertEquals(
                8,
                snapshot.getJsonObject("locales")
                        .getJsonObject("en")
                        .getJsonArray("rubrics")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getJsonObject(2)
                        .getJsonObject("fields")
                        .getJsonArray("commitments")
                        .size());
        assertEquals("published", Workflow.stage(issueId));
    }

    // --- scheduled publication ----------------------------------------------------------------------------------

    @Test
    void aScheduledPublicationFiresAfterTheServerRestarts() throws Exception {
        Fixture f = in("approved");
        Instant at = Instant.now().plusSeconds(25);
        JsonObject scheduled = Workflow.ok(Api.as(DemoUser.EDITH)
                .post(
                        "/api/v1/issues/" + f.issue() + "/workflow/schedule-publication",
                        Json.createObjectBuilder().add("at", at.toString()).build()));
        assertEquals(at.toString(), scheduled.getString("publishAt"));

        ServerRestart.reload();

        if (Instant.now().isBefore(at)) {
            assertEquals("approved", Workflow.stage(f.issue()), "not before its time");
        }
        Instant deadline = at.plusSeconds(90);
        String stage;
        do {
            java.util.concurrent.locks.LockSupport.parkNanos(
                    java.time.Duration.ofMillis(500).toNanos());
            stage = Workflow.stage(f.issue());
        } while (!stage.equals("published") && Instant.now().isBefore(deadline));
        assertEquals("published", stage);
        assertEquals(
                1,
                Api.as(DemoUser.TOM)
                        .get("/api/v1/issues/" + f.issue() + "/editions")
                        .json()
                        .getJsonArray("editions")
                        .size());
    }

    @Test
    void aSchedulingInThePastIsRefused() {
        Fixture f = in("approved");

        Api.Reply refused = Api.as(DemoUser.EDITH)
                .post(
                        "/api/v1/issues/" + f.issue() + "/workflow/schedule-publication",
                        Json.createObjectBuilder()
                                .add("at", "2020-01-01T00:00:00Z")
                                .build());

        assertProblem(refused, 422, "invalid-content");
        assertFalse(Api.as(DemoUser.EDITH)
                .get("/api/v1/issues/" + f.issue() + "/workflow")
                .json()
                .containsKey("publishAt"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static JsonObject errorAt(Api.Reply reply, String pointer) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(error -> error.getString("pointer").equals(pointer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + pointer + " in " + reply));
    }

    private static List<String> tasks(DemoUser user, String kind) {
        return Api.as(user).get("/api/v1/tasks").json().getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                .map(task -> task.getString("issue"))
                .toList();
    }

    private static JsonObject enStatus(Fixture f) {
        return Workflow.translations(f.issue())
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("locales")
                .getJsonObject("en");
    }

    private static JsonObject enValues(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", "<p>Body</p>")
                .add("sourceName", "One Planet network")
                .build();
    }

    /** Runs both calls as close to the same instant as two threads allow; returns their results. */
    private static List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        // Tokens are fetched before the race so both requests leave together.
        DemoUser.ANNA.token();
        DemoUser.ADAM.token();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return first.call();
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return second.call();
            });
            start.countDown();
            return List.of(a.get(), b.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
