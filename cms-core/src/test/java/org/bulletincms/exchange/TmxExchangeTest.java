package org.bulletincms.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.junit.jupiter.api.Test;

/** TMX 1.4 written and read back, and the files and units an import refuses. */
class TmxExchangeTest {

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();
    /** Rich text as the product stores it: sanitised. */
    private static final String RICH_SOURCE = SANITIZER.sanitise("<p>来自<strong>70个国家</strong>的代表<br>签署了宣言</p>");

    private static final String RICH_TARGET =
            SANITIZER.sanitise("<p>Representatives of <strong>70 countries</strong><br>signed it</p>");

    private static MemoryEntry entry(String source, String target, boolean rich) {
        return new MemoryEntry(
                "zh-CN",
                "en",
                IssueTexts.fingerprint(source),
                source,
                target,
                rich,
                Optional.of(UUID.randomUUID()),
                "item:" + UUID.randomUUID() + ":body",
                Instant.parse("2026-12-06T10:15:30Z"));
    }

    private static String written(List<MemoryEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter().write("zh-CN", "en", entries, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ReceivedMemory read(String tmx) {
        return new TmxReader(1 << 20).read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whatTheMemoryWritesItReadsBackAsTheSameEntries() {
        MemoryEntry plain = entry("同一个地球网络最新进展", "One Planet Network updates & more", false);
        MemoryEntry rich = entry(RICH_SOURCE, RICH_TARGET, true);

        String tmx = written(List.of(plain, rich));
        ReceivedMemory back = read(tmx);

        assertTrue(tmx.contains("<tmx version=\"1.4\">"), tmx);
        assertTrue(tmx.contains("srclang=\"zh-CN\""), tmx);
        assertTrue(tmx.contains("<bpt i=\"1\">&lt;p&gt;</bpt>"), tmx);
        assertTrue(tmx.contains("<ph>&lt;br"), tmx);
        assertEquals(2, back.units().size());
        assertEquals(plain.id().toString(), back.units().get(0).id());
        TmxUnits.Pair first = assertInstanceOf(
                TmxUnits.Pair.class, TmxUnits.check(back.units().get(0), "zh-CN", "en"));
        assertEquals(
                new TmxUnits.Pair(
                        "同一个地球网络最新进展",
                        "One Planet Network updates & more",
                        false,
                        IssueTexts.fingerprint("同一个地球网络最新进展")),
                first);
        TmxUnits.Pair second = assertInstanceOf(
                TmxUnits.Pair.class, TmxUnits.check(back.units().get(1), "zh-CN", "en"));
        assertEquals(
                new TmxUnits.Pair(
                        InlineText.fromHtml(RICH_SOURCE).html(),
                        InlineText.fromHtml(RICH_TARGET).html(),
                        true,
                        IssueTexts.fingerprint(RICH_SOURCE)),
                second,
                "the same texts as the memory records them, and the fingerprint of the field's text");
    }

    @Test
    void aRegionalLanguageTagOfTheFileMatchesThePairsLocale() {
        ReceivedMemory file = read(tmx("<tu><tuv xml:lang=\"ZH-cn\"><seg>你好</seg></tuv>"
                + "<tuv xml:lang=\"en-GB\"><seg>Hello</seg></tuv></tu>"));

        assertEquals(
                new TmxUnits.Pair("你好", "Hello", false, IssueTexts.fingerprint("你好")),
                TmxUnits.check(file.units().get(0), "zh-CN", "en"));
    }

    @Test
    void aUnitWithoutTheTargetLocaleOrWithAnEmptySegmentIsRefused() {
        ReceivedMemory file = read(tmx("<tu tuid=\"a\"><tuv xml:lang=\"zh-CN\"><seg>你好</seg></tuv>"
                + "<tuv xml:lang=\"fr\"><seg>Bonjour</seg></tuv></tu>"
                + "<tu><tuv xml:lang=\"zh-CN\"><seg> </seg></tuv><tuv xml:lang=\"en\"><seg>Hi</seg></tuv></tu>"));

        TmxUnits.Refused missing = assertInstanceOf(
                TmxUnits.Refused.class, TmxUnits.check(file.units().get(0), "zh-CN", "en"));
        TmxUnits.Refused empty = assertInstanceOf(
                TmxUnits.Refused.class, TmxUnits.check(file.units().get(1), "zh-CN", "en"));

        assertEquals("tmx.locale-missing", missing.reasons().get(0).violation().messageKey());
        assertEquals("#2", file.units().get(1).id());
        assertEquals("tmx.segment-empty", empty.reasons().get(0).violation().messageKey());
    }

    @Test
    void markupInAFileIsSanitisedAndMustBeTheSourcesInTheTranslation() {
        ReceivedMemory file = read(tmx("<tu><tuv xml:lang=\"zh-CN\"><seg><bpt i=\"1\">&lt;p&gt;</bpt>你好"
                + "<ept i=\"1\">&lt;/p&gt;</ept></seg></tuv><tuv xml:lang=\"en\"><seg><bpt i=\"1\">&lt;p&gt;</bpt>"
                + "Hello<ph>&lt;script&gt;alert(1)&lt;/script&gt;</ph><ept i=\"1\">&lt;/p&gt;</ept></seg></tuv></tu>"
                + "<tu><tuv xml:lang=\"zh-CN\"><seg><bpt i=\"1\">&lt;p&gt;</bpt>你<bpt i=\"2\">&lt;em&gt;</bpt>好"
                + "<ept i=\"2\">&lt;/em&gt;</ept><ept i=\"1\">&lt;/p&gt;</ept></seg></tuv><tuv xml:lang=\"en\"><seg>"
                + "<bpt i=\"1\">&lt;p&gt;</bpt>Hello<ept i=\"1\">&lt;/p&gt;</ept></seg></tuv></tu>"));

        TmxUnits.Pair scrubbed = assertInstanceOf(
                TmxUnits.Pair.class, TmxUnits.check(file.units().get(0), "zh-CN", "en"));
        TmxUnits.Refused lostCode = assertInstanceOf(
                TmxUnits.Refused.class, TmxUnits.check(file.units().get(1), "zh-CN", "en"));

        assertEquals("<p>Hello</p>", scrubbed.target());
        assertFalse(scrubbed.target().contains("script"));
        assertEquals(
                "xliff.codes-mismatch", lostCode.reasons().get(0).violation().messageKey());
    }

    @Test
    void aDoctypeThatDeclaresAnythingRefusesTheFileBeforeItIsExpanded() {
        String body = "<tmx version=\"1.4\"><header/><body/></tmx>";
        for (String doctype : List.of(
                "<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
                "<!DOCTYPE tmx SYSTEM \"http://example.org/evil.dtd\">")) {
            TmxUnreadable refused = assertThrows(TmxUnreadable.class, () -> read(doctype + body), doctype);
            assertEquals(TmxUnreadable.Reason.DOCTYPE, refused.reason(), doctype);
        }
    }

    @Test
    void theBareReferenceToTheTmxDtdThatTheTranslateToolkitWritesIsRead() {
        ReceivedMemory file = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
                + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"zh-CN\"><seg>你好</seg>"
                + "</tuv><tuv xml:lang=\"en\"><seg>Hello</seg></tuv></tu></body></tmx>");

        assertEquals(1, file.units().size());
    }

    @Test
    void aFileThatIsNotWellFormedNotTmxOrOfAnotherVersionOrTooLargeIsRefusedWhole() {
        assertEquals(
                TmxUnreadable.Reason.NOT_WELL_FORMED,
                assertThrows(TmxUnreadable.class, () -> read("<tmx version=\"1.4\"><body>"))
                        .reason());
        assertEquals(
                TmxUnreadable.Reason.NOT_TMX,
                assertThrows(TmxUnreadable.class, () -> read("<xliff version=\"1.2\"/>"))
                        .reason());
        assertEquals(
                TmxUnreadable.Reason.VERSION,
                assertThrows(TmxUnreadable.class, () -> read("<tmx version=\"1.1\"><body/></tmx>"))
                        .reason());
        String large = tmx("<tu><tuv xml:lang=\"en\"><seg>" + "x".repeat(5000) + "</seg></tuv></tu>");
        assertThrows(
                TmxTooLarge.class,
                () -> new TmxReader(2048).read(new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))));
    }

    private static String tmx(String units) {
        return "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"zh-CN\"/><body>" + units
                + "</body></tmx>";
    }
}
