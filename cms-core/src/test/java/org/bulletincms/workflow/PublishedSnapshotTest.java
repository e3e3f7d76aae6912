package org.bulletincms.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.ColophonDefaults;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationSlug;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/** What the snapshot of a published issue holds beside its items: its masthead line, the publication's colophon. */
class PublishedSnapshotTest {

    private static final Instant NOW = Instant.parse("2024-07-15T08:00:00Z");
    private static final LocaleTag ZH = LocaleTag.of("zh-CN");
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final String NOTE = "简报内容来源于“同一个地球网络”和可持续公共采购计划联合领导机构和合作伙伴发布的公开信息，由中环联合认证中心汇编制作。";

    private final InstalledSectionTypes types = InstalledSectionTypes.of(List.of(new Notice(), new ClosingNote()));
    private final Publication publication = Publication.start(
            new PublicationSlug("spp-newsletter"),
            TextByLocale.of(Map.of(ZH, "可持续公共采购计划简报")),
            Optional.empty(),
            new PublicationLocales(ZH, List.of(EN)),
            "edith",
            NOW);
    /** No picture is served: the sample items have none. */
    private static final ServedPictures NO_PICTURES = (publication, media) -> Optional.empty();

    private final Issue issue = Issue.draft(
            UUID.randomUUID(),
            new IssueNumber(2024, 2, 16),
            TextByLocale.empty(),
            TextByLocale.empty(),
            Optional.empty(),
            "edith",
            NOW);
    private final Rubric rubric = issue.addRubric(TextByLocale.of(Map.of(ZH, "同一个地球网络最新进展")), "edith", NOW);

    {
        issue.addItem(
                rubric.id(),
                new ItemDraft("notice", 1, "{\"shared\":{},\"localized\":{\"zh-CN\":{\"title\":\"首届全球建筑和气候论坛\"}}}"),
                "edith",
                NOW);
        publication.describe(
                TextByLocale.empty(),
                new ColophonDefaults(
                        TextByLocale.of(Map.of(ZH, "王璟")),
                        "wangj@mepcec.com",
                        "http://www.mepcec.com",
                        TextByLocale.of(Map.of(ZH, NOTE))));
    }

    @Test
    void anIssueWithoutAColophonOfItsOwnIsPublishedWithThePublicationsDefaults() {
        JsonObject chinese = locale(PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash"), ZH);

        JsonObject colophon = chinese.getJsonObject("colophon");
        assertEquals("closing-note", colophon.getString("type"));
        assertEquals("zh-CN", colophon.getString("locale"));
        JsonObject view = colophon.getJsonObject("view");
        assertEquals("王璟", view.getString("editor"));
        assertEquals(NOTE, view.getString("sourcesNote"));
        assertEquals("wangj@mepcec.com", view.getString("email"));
        assertEquals("http://www.mepcec.com", view.getString("website"));
        assertEquals(1, chinese.getJsonArray("rubrics").size(), "no rubric is added to the issue");
    }

    @Test
    void theEnglishEditionShowsDefaultsWrittenInChineseOnlyInChinese() {
        JsonObject english = locale(PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash"), EN);

        assertEquals("zh-CN", english.getJsonObject("colophon").getString("locale"));
    }

    @Test
    void anIssueWithAColophonOfItsOwnKeepsIt() {
        issue.addRubric(TextByLocale.empty(), "edith", NOW);
        Rubric closing = issue.rubrics().get(1);
        issue.addItem(
                closing.id(),
                new ItemDraft("closing-note", 1, "{\"shared\":{},\"localized\":{\"zh-CN\":{\"editor\":\"王静\"}}}"),
                "edith",
                NOW);

        JsonObject chinese = locale(PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash"), ZH);

        assertFalse(chinese.containsKey("colophon"), chinese::toString);
    }

    @Test
    void aPublicationWithoutDefaultsAddsNothing() {
        publication.describe(TextByLocale.empty(), ColophonDefaults.none());

        JsonObject chinese = locale(PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash"), ZH);

        assertFalse(chinese.containsKey("colophon"), chinese::toString);
    }

    @Test
    void theIssuesColophonFieldsAreItsOwnWhereSetAndThePublicationsDefaultsWhereNot() {
        issue.addRubric(TextByLocale.empty(), "edith", NOW);
        issue.addItem(
                issue.rubrics().get(1).id(),
                new ItemDraft(
                        "closing-note",
                        1,
                        "{\"shared\":{\"email\":\"jing@example.org\"},"
                                + "\"localized\":{\"zh-CN\":{\"editor\":\"王静\"},\"en\":{\"editor\":\"Wang Jing\"}}}"),
                "edith",
                NOW);

        JsonObject snapshot = PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash");

        assertEquals(
                "{\"sourcesNote\":{\"text\":\"" + NOTE + "\",\"locale\":\"zh-CN\"},"
                        + "\"editor\":{\"text\":\"王静\",\"locale\":\"zh-CN\"},"
                        + "\"email\":\"jing@example.org\",\"website\":\"http://www.mepcec.com\"}",
                locale(snapshot, ZH).getJsonObject("colophonFields").toString());
        assertEquals(
                "{\"sourcesNote\":{\"text\":\"" + NOTE + "\",\"locale\":\"zh-CN\"},"
                        + "\"editor\":{\"text\":\"Wang Jing\",\"locale\":\"en\"},"
                        + "\"email\":\"jing@example.org\",\"website\":\"http://www.mepcec.com\"}",
                locale(snapshot, EN).getJsonObject("colophonFields").toString(),
                "the note exists in Chinese only: the English edition has it in Chinese, marked so");
    }

    @Test
    void aColophonFieldThatNeitherTheIssueNorThePublicationHasIsLeftOut() {
        publication.describe(
                TextByLocale.empty(),
                new ColophonDefaults(TextByLocale.of(Map.of(ZH, "王璟")), null, null, TextByLocale.empty()));

        JsonObject english = locale(PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash"), EN);

        assertEquals(
                "{\"editor\":{\"text\":\"王璟\",\"locale\":\"zh-CN\"}}",
                english.getJsonObject("colophonFields").toString());
        publication.describe(TextByLocale.empty(), ColophonDefaults.none());
        assertFalse(locale(PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash"), EN)
                .containsKey("colophonFields"));
    }

    @Test
    void theMastheadLineIsInEveryEditionInItsLocaleElseAsWrittenInTheSource() {
        Issue withLine = Issue.draft(
                UUID.randomUUID(),
                new IssueNumber(2021, 4, 6),
                TextByLocale.empty(),
                TextByLocale.of(Map.of(ZH, "同一个地球网络")),
                Optional.empty(),
                "edith",
                NOW);

        JsonObject snapshot = PublishedSnapshot.of(withLine, publication, types, NO_PICTURES, NOW, "hash");

        JsonObject line = locale(snapshot, ZH).getJsonObject("mastheadLine");
        assertEquals("同一个地球网络", line.getString("text"));
        assertEquals("zh-CN", line.getString("locale"));
        assertEquals(line, locale(snapshot, EN).getJsonObject("mastheadLine"), "the English edition shows it too");
        assertFalse(locale(PublishedSnapshot.of(issue, publication, types, NO_PICTURES, NOW, "hash"), ZH)
                .containsKey("mastheadLine"));
    }

    private static JsonObject locale(JsonObject snapshot, LocaleTag locale) {
        return snapshot.getJsonObject("locales").getJsonObject(locale.value());
    }

    /** A plain item type. */
    private static final class Notice implements SectionType {

        @Override
        public String id() {
            return "notice";
        }

        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public LocalizedText label() {
            return LocalizedText.of("通知", "Notice");
        }

        @Override
        public LocalizedText help() {
            return LocalizedText.of("通知。", "A notice.");
        }

        @Override
        public List<FieldSpec> fields() {
            return List.of(FieldSpec.plainText("title").translatable().label("标题", "Title"));
        }
    }

    /** A colophon type of another name than the standard one: the core goes by what the type says it is. */
    private static final class ClosingNote implements SectionType {

        @Override
        public String id() {
            return "closing-note";
        }

        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public LocalizedText label() {
            return LocalizedText.of("版权信息", "Colophon");
        }

        @Override
        public LocalizedText help() {
            return LocalizedText.of("来源、编辑和联系方式。", "Sources, editor and contact.");
        }

        @Override
        public List<FieldSpec> fields() {
            return List.of(
                    FieldSpec.plainText("sourcesNote").translatable().label("内容来源说明", "About the sources"),
                    FieldSpec.plainText("editor").translatable().label("编辑", "Editor"),
                    FieldSpec.email("email").label("电子邮箱", "E-mail"),
                    FieldSpec.url("website").label("网站", "Website"));
        }

        @Override
        public boolean isColophon() {
            return true;
        }
    }
}
