package org.bulletincms.it.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rich-text field of the editorial UI, written in as an editor does: its old text selected and deleted, each
 * paragraph entered as text (what a keyboard or an input method hands the page) with Enter between them.
 */
final class RichTextInput {

    private static final Pattern PARAGRAPH = Pattern.compile("<p>([^<]*)</p>");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private RichTextInput() {}

    /** Replaces the field's text with {@code html}, which must be paragraphs of plain text. */
    static void typeParagraphs(Locator editor, String html) {
        Page page = editor.page();
        editor.click();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        List<String> paragraphs = paragraphs(html);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                page.keyboard().press("Enter");
            }
            page.keyboard().insertText(paragraphs.get(i));
        }
    }

    private static List<String> paragraphs(String html) {
        List<String> paragraphs = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(html);
        int end = 0;
        while (paragraph.find() && paragraph.start() == end) {
            paragraphs.add(
                    paragraph.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
            end = paragraph.end();
        }
        if (end != html.length()) {
            throw new IllegalArgumentException("not plain paragraphs: " + html);
        }
        return paragraphs;
    }

    /**
     * Stored rich text with the numeric character references the server's sanitiser writes for some ASCII
     * characters ({@code &#39;} for an apostrophe) read as characters, to compare it with what was typed.
     */
    static String asTyped(String stored) {
        return NUMERIC_REFERENCE.matcher(stored).replaceAll(reference -> {
            String number = reference.group(1);
            int codePoint =
                    number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            return Matcher.quoteReplacement(Character.toString(codePoint));
        });
    }
}
