package org.bulletincms.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTextTest {

    private static final String HTML =
            "<p>日前，<strong>联合国</strong>发布了<a href=\"https://www.unep.org/\">报告</a>。<br>第二行</p>";

    @Test
    void richTextBecomesWordsBetweenNumberedCodesAndTheSameHtmlAgain() {
        InlineText text = InlineText.fromHtml(HTML);

        assertEquals("1 2 /2 3 /3 4/ /1", text.codeList());
        assertEquals("日前，联合国发布了报告。第二行", text.words());
        assertEquals(HTML, text.html());
    }

    @Test
    void aTranslationWithTheSourcesCodesGetsTheSourcesMarkup() {
        InlineText translated = new InlineText(List.of(
                new InlineText.Start("1", ""),
                new InlineText.Text("Recently the "),
                new InlineText.Start("2", ""),
                new InlineText.Text("UN"),
                new InlineText.End("2", ""),
                new InlineText.Text(" published a "),
                new InlineText.Start("3", ""),
                new InlineText.Text("report <script>"),
                new InlineText.End("3", ""),
                new InlineText.Text("."),
                new InlineText.Lone("4", ""),
                new InlineText.Text("Second line"),
                new InlineText.End("1", "")));

        InlineText.CodeCheck check = translated.restoredFrom(InlineText.fromHtml(HTML));

        assertEquals(
                "<p>Recently the <strong>UN</strong> published a <a href=\"https://www.unep.org/\">report &lt;script&gt;</a>."
                        + "<br>Second line</p>",
                assertInstanceOf(InlineText.CodeCheck.Restored.class, check)
                        .text()
                        .html());
    }

    @Test
    void codesClosedOutOfOrderOrLeftOpenAreUnbalanced() {
        InlineText crossed = new InlineText(List.of(
                new InlineText.Start("1", ""),
                new InlineText.Start("2", ""),
                new InlineText.End("1", ""),
                new InlineText.End("2", "")));
        InlineText open = new InlineText(List.of(new InlineText.Start("1", ""), new InlineText.Text("x")));

        assertInstanceOf(InlineText.CodeCheck.Unbalanced.class, crossed.restoredFrom(InlineText.fromHtml(HTML)));
        assertInstanceOf(InlineText.CodeCheck.Unbalanced.class, open.restoredFrom(InlineText.fromHtml(HTML)));
    }

    @Test
    void aCodeMissingAddedOrDoubledIsNotTheSources() {
        InlineText source = InlineText.fromHtml("<p>甲<strong>乙</strong></p>");
        InlineText missing = new InlineText(
                List.of(new InlineText.Start("1", ""), new InlineText.Text("A B"), new InlineText.End("1", "")));
        InlineText added = new InlineText(List.of(
                new InlineText.Start("1", ""),
                new InlineText.Start("2", ""),
                new InlineText.End("2", ""),
                new InlineText.Lone("9", ""),
                new InlineText.End("1", "")));
        InlineText doubled = new InlineText(List.of(
                new InlineText.Start("1", ""),
                new InlineText.Start("2", ""),
                new InlineText.End("2", ""),
                new InlineText.Start("2", ""),
                new InlineText.End("2", ""),
                new InlineText.End("1", "")));

        InlineText.CodeCheck.Mismatched mismatch =
                assertInstanceOf(InlineText.CodeCheck.Mismatched.class, missing.restoredFrom(source));
        assertEquals("1 /1", mismatch.found());
        assertEquals("1 2 /2 /1", mismatch.expected());
        assertInstanceOf(InlineText.CodeCheck.Mismatched.class, added.restoredFrom(source));
        assertInstanceOf(InlineText.CodeCheck.Mismatched.class, doubled.restoredFrom(source));
    }

    @Test
    void plainTextHasNoCodesAndAnyCodeInItsTranslationIsNotTheSources() {
        InlineText source = InlineText.plain("首届全球建筑和气候论坛");
        InlineText withCode = new InlineText(List.of(new InlineText.Lone("1", ""), new InlineText.Text("Forum")));

        assertEquals("", source.codeList());
        assertInstanceOf(InlineText.CodeCheck.Mismatched.class, withCode.restoredFrom(source));
    }

    @Test
    void aRichTextOfSeveralParagraphsSplitsIntoParagraphsEachNumberedAfresh() {
        InlineText text = InlineText.fromHtml("<p>伴随<strong>公共机构</strong></p>\n<p>基于此<br>启动</p><ul><li>一</li></ul>");

        List<InlineText> paragraphs = text.paragraphs();

        assertEquals(3, paragraphs.size());
        assertEquals("<p>基于此<br>启动</p>", paragraphs.get(1).html());
        assertEquals("1 2/ /1", paragraphs.get(1).codeList());
        assertEquals("<ul><li>一</li></ul>", paragraphs.get(2).html());
        assertEquals(List.of(), InlineText.fromHtml("<p>一段</p>").paragraphs(), "one paragraph is the text itself");
        assertEquals(List.of(), InlineText.fromHtml("前言<p>一段</p><p>二段</p>").paragraphs(), "words between");
        assertEquals(List.of(), InlineText.plain("一段").paragraphs());
    }
}
