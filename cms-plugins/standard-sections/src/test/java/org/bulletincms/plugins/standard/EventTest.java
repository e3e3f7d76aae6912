package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.sectiontype.EscapingHtmlSink;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTest {

    private final Event event = new Event();
    private final ItemContent cop26 = Seeds.item("event/2021-4-cop26.json");

    private List<String> keys(ItemContent content, ValidationMode mode) {
        return event.validate(content, mode).stream().map(Violation::messageKey).toList();
    }

    @Nested
    class Rules {

        @Test
        void anEventEndingBeforeItStartsIsWrongEvenInADraft() {
            ItemContent backwards = cop26.toBuilder()
                    .shared("end", "2021-11-06T13:00+00:00[Europe/London]")
                    .build();

            List<Violation> violations = event.validate(backwards, ValidationMode.DRAFT);

            assertEquals(
                    List.of("event.end-before-start"),
                    violations.stream().map(Violation::messageKey).toList());
            assertEquals("/shared/end", violations.get(0).pointer());
        }

        @Test
        void comparesInstantsNotWallClocks() {
            ItemContent acrossZones = cop26.toBuilder()
                    .shared("start", "2021-11-06T13:30+00:00")
                    .shared("end", "2021-11-06T14:00+01:00")
                    .build();

            assertEquals(List.of("event.end-before-start"), keys(acrossZones, ValidationMode.DRAFT));
        }

        @Test
        void anOnlineEventNeedsALinkToBePublished() {
            ItemContent online =
                    cop26.toBuilder().shared("participation", "virtual").build();

            assertEquals(List.of(), keys(online, ValidationMode.DRAFT));
            assertEquals(List.of("event.virtual-link-missing"), keys(online, ValidationMode.PUBLISH));
            assertEquals(
                    List.of(),
                    keys(
                            online.toBuilder()
                                    .shared("virtualLink", "https://unfccc.int/cop26")
                                    .build(),
                            ValidationMode.PUBLISH));
        }

        @Test
        void aHybridEventMayGoWithoutLinkAsTheDpiFlyerDid() {
            assertEquals(List.of(), keys(Seeds.item("event/2024-2-dpi-wsis.json"), ValidationMode.PUBLISH));
        }

        @Test
        void anInPersonEventHasNoLink() {
            ItemContent inPerson = cop26.toBuilder()
                    .shared("participation", "physical")
                    .shared("virtualLink", "https://unfccc.int/")
                    .build();

            assertEquals(List.of("event.link-for-physical-event"), keys(inPerson, ValidationMode.DRAFT));
        }

        @ParameterizedTest
        @CsvSource({"COP26", "'#COP 26'", "#", "'#COP26 '"})
        void aHashtagStartsWithHashAndHasNoSpaces(String hashtag) {
            assertEquals(
                    List.of("event.hashtag-malformed"),
                    keys(cop26.toBuilder().shared("hashtag", hashtag).build(), ValidationMode.DRAFT));
        }

        @Test
        void rulesIgnoreValuesOfTheWrongTypeWhichTheCoreReports() {
            ItemContent wrongTypes = cop26.toBuilder()
                    .shared("start", jakarta.json.Json.createValue(1))
                    .shared("participation", jakarta.json.JsonValue.TRUE)
                    .build();

            assertEquals(List.of(), keys(wrongTypes, ValidationMode.PUBLISH));
        }
    }

    @Nested
    class UpgradeFromVersion1 {

        private final EventTimeUpgrade upgrade = new EventTimeUpgrade();

        private ItemContent version1(String date, String time) {
            return ItemContent.builder()
                    .shared("date", date)
                    .shared("time", time)
                    .shared("participation", "hybrid")
                    .localized("zh-CN", "title", "会议")
                    .localized("zh-CN", "description", "<p>介绍</p>")
                    .localized("en", "title", "Meeting")
                    .build();
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "2021-11-06|13:30-14:45 GMT|2021-11-06T13:30Z[GMT]|2021-11-06T14:45Z[GMT]",
                    "2024-05-29|17:00–17:45 (UTC+02:00)|2024-05-29T17:00+02:00|2024-05-29T17:45+02:00",
                    "2024-05-29|17:00 - 17:45 UTC+2|2024-05-29T17:00+02:00|2024-05-29T17:45+02:00",
                    "2024-05-29|9:30至11:00（UTC+08:00）|2024-05-29T09:30+08:00|2024-05-29T11:00+08:00",
                    "2024-05-29|23:00-01:00 UTC|2024-05-29T23:00Z[UTC]|2024-05-30T01:00Z[UTC]"
                })
        void readsTheTimesFlyersWrite(String date, String time, String start, String end) {
            ItemContent upgraded = upgrade.upgrade(version1(date, time));

            assertEquals(start, upgraded.sharedText("start").orElseThrow());
            assertEquals(end, upgraded.sharedText("end").orElseThrow());
            assertTrue(
                    upgraded.shared("date").isEmpty() && upgraded.shared("time").isEmpty());
        }

        @Test
        void readsAStartWithoutEnd() {
            ItemContent upgraded = upgrade.upgrade(version1("2021-11-06", "13:30 GMT"));

            assertEquals("2021-11-06T13:30Z[GMT]", upgraded.sharedText("start").orElseThrow());
            assertTrue(upgraded.shared("end").isEmpty());
        }

        @Test
        void doesNotGuessAnOffsetButKeepsTheTimeInEveryDescription() {
            ItemContent upgraded = upgrade.upgrade(version1("2021-11-06", "afternoon, 13:30 local time"));

            assertTrue(upgraded.shared("start").isEmpty());
            assertEquals(
                    "<p>介绍</p><p>原时间：2021-11-06 afternoon, 13:30 local time</p>",
                    upgraded.localizedText("zh-CN", "description").orElseThrow());
            assertEquals(
                    "<p>Time as first written: 2021-11-06 afternoon, 13:30 local time</p>",
                    upgraded.localizedText("en", "description").orElseThrow());
        }

        @Test
        void escapesTheKeptTimeSoThatItStaysText() {
            ItemContent upgraded = upgrade.upgrade(version1("2021-11-06", "<b>13:30</b> & later"));

            assertEquals(
                    "<p>Time as first written: 2021-11-06 &lt;b&gt;13:30&lt;/b&gt; &amp; later</p>",
                    upgraded.localizedText("en", "description").orElseThrow());
        }

        @Test
        void leavesContentWithoutDateOrTimeAlone() {
            ItemContent noTime = ItemContent.builder()
                    .shared("participation", "hybrid")
                    .localized("en", "title", "Meeting")
                    .build();

            assertEquals(noTime, upgrade.upgrade(noTime));
        }
    }

    @Test
    void aCardWritesDateBeforePlaceOnOneLineEach() {
        ItemContent card = Seeds.item("event/2024-2-dpi-wsis.json").toBuilder()
                .withoutShared("layout")
                .build();

        String html = Rendering.preview(event, card, "en");

        assertTrue(
                html.contains("<time datetime=\"2024-05-29T17:00+02:00\">Wednesday, 29 May 2024, 17:00</time>–"
                        + "<time datetime=\"2024-05-29T17:45+02:00\">17:45</time> (UTC+02:00)"),
                html);
        assertTrue(html.indexOf("class=\"when\"") < html.indexOf("class=\"where\""), html);
        assertTrue(
                html.contains("<p class=\"where\">International Conference Center Geneva, Room 15, 3rd Floor</p>"),
                html);
    }

    @Test
    void theWsisFlyerReadsPlaceParticipationDateTimeThenOnePersonPerLine() {
        String html = Rendering.preview(event, Seeds.item("event/2024-2-dpi-wsis.json"), "en");

        String flyer = String.join(
                "",
                "<h3 class=\"title\">The Future of Digital Public Infrastructure for Environmental Sustainability</h3>",
                "<div class=\"where\"><p class=\"venue\">International Conference Center Geneva,</p>",
                "<p class=\"room\">Room 15, 3rd Floor</p></div>",
                "<p class=\"participation\">Physical and virtual participation</p>",
                "<p class=\"when\"><time datetime=\"2024-05-29\">Wednesday, 29 May 2024</time></p>",
                "<p class=\"time\"><time datetime=\"2024-05-29T17:00+02:00\">17:00</time>–",
                "<time datetime=\"2024-05-29T17:45+02:00\">17:45</time> (UTC+02:00)</p>",
                "<section class=\"people speaker\"><h4>Speakers</h4>",
                "<p class=\"person\"><span class=\"name\">Golestan (Salhy) Radwan</span> ",
                "<span class=\"title\">Chief Digital Officer</span> <span class=\"organisation\">UNEP</span></p>",
                "<p class=\"person\"><span class=\"name\">Robert Opp</span>");
        assertTrue(html.contains(flyer), html);
        assertFalse(html.contains("virtual-session"), "no link to join, known or not: " + html);
    }

    @Test
    void theCop26FlyerReadsOrganisersHashtagTitlePeopleThenTheShortDateAndThePlace() {
        String html = Rendering.preview(event, cop26, "en");

        List<String> inOrder = List.of(
                "<section class=\"organisers\"><h4>Organised by</h4><p>United Nations Secretariat</p>",
                "<p class=\"hashtag\">#COP26</p>",
                "<h3 class=\"title\">COP 26 High-Level Climate Action Event:",
                "<h4>Panelists</h4><p class=\"person\"><span class=\"title\">Climate Energy for The Netherlands</span>",
                "<span class=\"title\">Executive Director</span> <span class=\"organisation\">UNEP</span>",
                "<p class=\"when\"><time datetime=\"2021-11-06\">Saturday 6th November</time></p>",
                "<p class=\"time\"><time datetime=\"2021-11-06T13:30Z\">13:30</time>-"
                        + "<time datetime=\"2021-11-06T14:45Z\">14:45</time> GMT</p>",
                "<p class=\"venue\">Hydro Bowl,</p><p class=\"room\">Action Room 2</p><p class=\"area\">Blue Zone</p>",
                "<p class=\"virtual-session\">Virtual session: link is <span class=\"address-unknown\"",
                "<section class=\"partners\"><h4>In collaboration with</h4><p>Ministry of the Netherlands</p>"
                        + "<p>SITRA</p></section>");
        int at = -1;
        for (String part : inOrder) {
            int found = html.indexOf(part);
            assertTrue(found > at, part + " after what came before it in " + html);
            at = found;
        }
    }

    @Test
    void aKnownLinkToJoinIsOnTheWordHere() {
        ItemContent linked = cop26.toBuilder()
                .withoutShared("virtualLinkAddress")
                .shared("virtualLink", "https://unfccc.example.org/join")
                .build();

        assertTrue(Rendering.preview(event, linked, "en")
                .contains("Virtual session: link is <a href=\"https://unfccc.example.org/join\">here</a>"));
    }

    @Test
    void aLinkWhoseAddressIsNotKnownDoesNotLetAnOnlineEventBePublishedNorSuitAnInPersonOne() {
        ItemContent online =
                cop26.toBuilder().shared("participation", "virtual").build();
        ItemContent inPerson =
                cop26.toBuilder().shared("participation", "physical").build();

        assertEquals(List.of("event.virtual-link-missing"), keys(online, ValidationMode.PUBLISH));
        assertEquals(List.of("event.link-for-physical-event"), keys(inPerson, ValidationMode.DRAFT));
        assertEquals(List.of(), keys(cop26, ValidationMode.PUBLISH));
    }

    @ParameterizedTest
    @CsvSource({
        "1,1st", "2,2nd", "3,3rd", "4,4th", "6,6th", "11,11th", "12,12th", "13,13th", "21,21st", "22,22nd", "23,23rd",
        "31,31st"
    })
    void theShortDateWritesTheDayAsAnOrdinal(int day, String written) {
        assertEquals(written, Event.ordinal(day));
    }

    @Test
    void theShortDateInChineseLeavesOutTheYear() {
        ItemContent chinese =
                cop26.toBuilder().localized("zh-CN", "title", "循环经济会议").build();

        String html = Rendering.preview(event, chinese, "zh-CN");

        assertTrue(html.contains(">11月6日 星期六</time>"), html);
    }

    @Test
    void previewListsPanelistsThenModeratorsAsTheFlyerEnteredThem() {
        String html = Rendering.preview(event, cop26, "en");

        assertTrue(html.indexOf("<h4>Panelists</h4>") < html.indexOf("<h4>Moderators</h4>"), html);
    }

    @Test
    void theCop26FlyerIsWrittenOnceInEnglishAsTheChineseIssuePrintsIt() {
        assertEquals(Optional.of("en"), cop26.sameInEveryLocale());
        assertEquals(Set.of("en"), cop26.locales());
        assertEquals("en", cop26.shownIn("zh-CN", "zh-CN"));
    }

    @Test
    void aChineseFlyerWritesItsTimeAndPartnersTheChineseWay() {
        ItemContent chinese = ItemContent.builder()
                .shared("start", "2021-11-06T13:30Z[GMT]")
                .shared("end", "2021-11-06T14:45Z[GMT]")
                .shared("participation", "physical")
                .localized("zh-CN", "title", "循环经济会议")
                .localized(
                        "zh-CN",
                        "partners",
                        Json.createArrayBuilder().add("荷兰政府").add("芬兰创新基金Sitra").build())
                .build();

        String html = Rendering.preview(event, chinese, "zh-CN");

        assertTrue(
                html.contains("2021年11月6日 星期六 13:30</time>–<time datetime=\"2021-11-06T14:45Z\">14:45</time>（GMT）"),
                html);
        assertTrue(html.contains("<p class=\"partners\">合作方：荷兰政府、芬兰创新基金Sitra</p>"), html);
    }

    @Test
    void thePartnersLogosAreShownInTheOrderChosenBeforeTheHashtagOnACard() {
        ItemContent withLogos = SamplePictures.listed(
                cop26.toBuilder().withoutShared("layout").build(),
                Event.PARTNER_LOGOS,
                List.of(List.of("联合国环境规划署标志", "UNEP logo"), List.of("同一个地球网络标志", "One Planet network logo")));
        String url = "https://bulletin.example.org/api/delivery/v1/media/" + "ab".repeat(32) + ".png";
        ServedPictures served = (publication, media) -> Optional.of(
                new Picture.Source(url, url + " 320w", 320, 160, List.of(new Picture.Rendition(url, 320, 160))));
        EscapingHtmlSink sink = new EscapingHtmlSink(new RichTextSanitizer());

        event.render(served.served(event, ItemView.of(withLogos, "en"), UUID.randomUUID()), sink);

        String html = sink.html();
        int logos = html.indexOf("<div class=\"partner-logos\">");
        int unep = html.indexOf("<img alt=\"UNEP logo\"");
        int onePlanet = html.indexOf("<img alt=\"One Planet network logo\"");
        assertTrue(logos >= 0 && logos < unep && unep < onePlanet, html);
        assertTrue(onePlanet < html.indexOf("#COP26"), html);
    }

    @Test
    void aTimeInGmtReadsGmtAsTheFlyerWroteIt() {
        String html = Rendering.preview(event, cop26, "en");

        assertTrue(html.contains("<time datetime=\"2021-11-06T14:45Z\">14:45</time> GMT</p>"), html);
    }

    @Test
    void aTimeWithAnOffsetSaysItsOffsetFromUtc() {
        ItemContent london = cop26.toBuilder()
                .shared("start", "2021-11-06T13:30+00:00[Europe/London]")
                .shared("end", "2021-11-06T14:45+00:00[Europe/London]")
                .build();

        assertTrue(Rendering.preview(event, london, "en").contains("14:45</time> (UTC)</p>"));
    }

    @Test
    void aFlyerHasNoEntryInTheContentsBesideTheStoryItGoesWith() {
        assertFalse(event.listedInContents());
    }
}
