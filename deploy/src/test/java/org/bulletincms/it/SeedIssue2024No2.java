package org.bulletincms.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed issue 2024 No. 2 (总第16期) of a new seed publication, holding the seed items a test names (e.g.
 * {@code "declaration/2024-2-chaillot"}) in zh-CN and en under one rubric, taken through the workflow as far as the
 * test needs: {@link #inTranslation(List)} or {@link #published(List)}. Every call makes a publication of its own,
 * so tests share nothing.
 *
 * @param slug        the publication's slug (delivery URLs)
 * @param publication the publication's id (management URLs)
 * @param issue       the issue's id
 * @param items       the items' ids, in the order of the samples named
 */
public record SeedIssue2024No2(String slug, String publication, String issue, List<String> items) {

    public static final int YEAR = 2024;
    public static final int NUMBER = 2;

    /** A new seed publication whose issue 2024 No. 2 holds {@code samples}, sent to translation. */
    public static SeedIssue2024No2 inTranslation(List<String> samples) {
        JsonObject publication = SeedIssuesIT.startSeedPublication();
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, YEAR, NUMBER, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        List<String> items = new ArrayList<>();
        for (String sample : samples) {
            items.add(Editorial.created(Editorial.addItem(
                            DemoUser.EDITH,
                            issue.getString("id"),
                            rubric.getString("id"),
                            SeedIssuesIT.type(sample),
                            content(sample)))
                    .getString("id"));
        }
        String id = issue.getString("id");
        Workflow.ok(Workflow.take(DemoUser.EDITH, id, "send-to-translation", null));
        return new SeedIssue2024No2(publication.getString("slug"), publication.getString("id"), id, List.copyOf(items));
    }

    /** As {@link #inTranslation(List)}, then translated, approved and published. */
    public static SeedIssue2024No2 published(List<String> samples) {
        return inTranslation(samples).publish();
    }

    /** Marks the English translation done, submits, approves and publishes; returns this issue. */
    public SeedIssue2024No2 publish() {
        Workflow.ok(Workflow.markDone(DemoUser.TOM, issue, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue, "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, issue, "approve", "可以发布"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue, "publish", null));
        return this;
    }

    /** The publication's delivery path, {@code /api/delivery/v1/publications/{slug}}. */
    public String deliveryPath() {
        return "/api/delivery/v1/publications/" + slug;
    }

    /** The issue's latest-edition delivery path. */
    public String issuePath() {
        return deliveryPath() + "/issues/" + YEAR + "/" + NUMBER;
    }

    private static JsonObject content(String sample) {
        try {
            return SeedIssuesIT.sample(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
