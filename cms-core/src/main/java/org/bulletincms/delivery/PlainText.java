package org.bulletincms.delivery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plain-text alternative of an e-mail edition: what a reader whose mail client shows only text sees. Made from
 * the HTML the core's escaping sink wrote (so every tag is well formed and every {@code <} in text is escaped):
 * headings and paragraphs on lines of their own, list entries as "- ", a link as its text followed by its address
 * in angle brackets, character references decoded.
 */
final class PlainText {

    private static final Pattern LINK =
            Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern LIST_ENTRY = Pattern.compile("<li\\b[^>]*>");
    private static final Pattern BLOCK_END =
            Pattern.compile("</(p|h[1-5]|li|dt|dd|div|article|tr|blockquote|figcaption)>|<br\\s*/?>");
    private static final Pattern HEADING = Pattern.compile("<h[12]\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE =
            Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");
    // An address's angle brackets, kept apart from the markup until the tags are gone.
    private static final char OPEN_ADDRESS = '\u0001';
    private static final char CLOSE_ADDRESS = '\u0002';
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    private PlainText() {}

    static String of(String html) {
        int body = html.indexOf("<body");
        String text = body < 0 ? html : html.substring(body);
        text = link(text);
        text = HEADING.matcher(text).replaceAll("\n\n");
        text = LIST_ENTRY.matcher(text).replaceAll("\n- ");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text).replace(OPEN_ADDRESS, '<').replace(CLOSE_ADDRESS, '>');
        text = SPACES.matcher(text).replaceAll(" ");
        // Joined in one buffer: a 50-item issue's text has thousands of lines, and pairwise concatenation copied
        // the text once per line.
        text = text.lines().map(String::strip).collect(Collectors.joining("\n"));
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip() + "\n";
    }

    /** A link as its text, then its address unless the text is the address. */
    private static String link(String html) {
        Matcher link = LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String href = link.group(1);
            String text = TAG.matcher(link.group(2)).replaceAll("");
            String shown = decode(text).strip().equals(decode(href).replaceFirst("^mailto:", ""))
                    ? text
                    : text + " " + OPEN_ADDRESS + href + CLOSE_ADDRESS;
            link.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        link.appendTail(out);
        return out.toString();
    }

    private static String decode(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    int codePoint = name.startsWith("#x")
                            ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : reference.group();
                }
            };
            reference.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        reference.appendTail(out);
        return out.toString();
    }
}
