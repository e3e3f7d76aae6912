package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin is uninstalled while items of its type exist: the items are kept verbatim and reported, never
 * dropped, and come back intact when the plugin does. The test deploys the WAR with the example plugin,
 * writes a tender notice, redeploys the WAR without the plugin, then with it again.
 */
@ExtendWith(ArquillianExtension.class)
class OrphanedContentIT {

    private static final String WITH_PLUGIN = "with-plugin";
    private static final String WITHOUT_PLUGIN = "without-plugin";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = WITH_PLUGIN, managed = false, testable = false)
    static WebArchive withPlugin() {
        // Distinct archive names: Arquillian keeps one deployment per name (the context root stays "/").
        return ShrinkWrap.create(WebArchive.class, WITH_PLUGIN + ".war").merge(BulletinDeployment.forTests());
    }

    @Deployment(name = WITHOUT_PLUGIN, managed = false, testable = false)
    static WebArchive withoutPlugin() {
        return ShrinkWrap.create(WebArchive.class, WITHOUT_PLUGIN + ".war")
                .merge(BulletinDeployment.withoutThePlugin());
    }

    @Test
    void itemsOfAnUninstalledPluginAreKeptVerbatimReportedAndComeBackWithIt() {
        deployer.deploy(WITH_PLUGIN);
        JsonObject issue =
                Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2024, 2, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "招标信息", "Tenders");
        JsonObject written = Editorial.created(Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "tender-notice",
                Samples.tenderNotice()));
        String path = "/api/v1/items/" + written.getString("id");
        deployer.undeploy(WITH_PLUGIN);

        deployer.deploy(WITHOUT_PLUGIN);
        try {
            Api.Reply orphan = Api.as(DemoUser.EDITH).get(path);
            assertEquals(200, orphan.status(), orphan::toString);
            assertEquals("tender-notice", orphan.json().getString("type"));
            assertTrue(orphan.json().containsKey("orphaned"), "reported as orphaned: " + orphan.body());
            assertEquals(written.getJsonObject("content"), orphan.json().getJsonObject("content"), "kept verbatim");
            assertTrue(
                    Api.as(DemoUser.EDITH)
                            .get("/api/v1/issues/" + issue.getString("id"))
                            .body()
                            .contains(written.getString("id")),
                    "still listed in its issue");
            ApiAssertions.assertProblem(
                    Editorial.put(
                            DemoUser.EDITH,
                            path,
                            orphan.header("ETag").orElseThrow(),
                            jakarta.json.Json.createObjectBuilder()
                                    .add("content", Samples.tenderNotice())
                                    .build()),
                    409,
                    "orphaned-item");
        } finally {
            deployer.undeploy(WITHOUT_PLUGIN);
        }

        deployer.deploy(WITH_PLUGIN);
        try {
            Api.Reply back = Api.as(DemoUser.EDITH).get(path);
            assertEquals(200, back.status(), back::toString);
            assertTrue(!back.json().containsKey("orphaned"), back::toString);
            assertEquals(written.getJsonObject("content"), back.json().getJsonObject("content"));
        } finally {
            deployer.undeploy(WITH_PLUGIN);
        }
    }
}
