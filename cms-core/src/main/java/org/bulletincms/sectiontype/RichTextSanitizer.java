package org.bulletincms.sectiontype;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.SectionType;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Reduces rich text to the small allow-list of markup a bulletin needs: paragraphs, line breaks,
 * emphasis, lists, quotations, minor headings, sub- and superscript, and links to http, https and
 * mailto addresses, which always get {@code rel="noopener noreferrer nofollow"}. Everything else is
 * removed: scripts and styles with their content, event handlers, style attributes, frames, objects
 * and any other address scheme (javascript:, data:, relative addresses).
 *
 * <p>Sanitising is idempotent: sanitised HTML comes out unchanged.
 */
public final class RichTextSanitizer {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#x([0-9a-fA-F]{1,6});");
    private static final Pattern REL = Pattern.compile(" rel=\"([^\"]*)\"");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "em",
                    "b",
                    "i",
                    "u",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "h3",
                    "h4",
                    "sub",
                    "sup",
                    "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .matching((element, attribute, value) -> isAllowedLink(value) ? value : null)
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    /** The HTML, sanitised. */
    public String sanitise(String html) {
        return orderedRels(readableNonAscii(POLICY.sanitize(html)));
    }

    /**
     * The policy writes rel tokens in an order that changes from one JVM to the next; sorted, the same
     * input always gives the same stored value.
     */
    private static String orderedRels(String html) {
        Matcher rel = REL.matcher(html);
        StringBuilder ordered = new StringBuilder(html.length());
        while (rel.find()) {
            String tokens = String.join(
                    " ", new TreeSet<>(Arrays.asList(rel.group(1).trim().split("\\s+"))));
            rel.appendReplacement(ordered, Matcher.quoteReplacement(" rel=\"" + tokens + "\""));
        }
        rel.appendTail(ordered);
        return ordered.toString();
    }

    /**
     * The policy writes many non-ASCII characters as character references, every Chinese full-width
     * comma as {@code &#xff0c;} among them. Such characters mean nothing to HTML syntax, so they are
     * written as themselves again: stored Chinese stays readable and searchable, and lengths count
     * what editors typed. Line and paragraph separators stay encoded; they end JavaScript strings.
     */
    private static String readableNonAscii(String html) {
        Matcher reference = CHARACTER_REFERENCE.matcher(html);
        StringBuilder readable = new StringBuilder(html.length());
        while (reference.find()) {
            int codePoint = Integer.parseInt(reference.group(1), 16);
            boolean meaningless = codePoint >= 0xA0
                    && codePoint != 0x2028
                    && codePoint != 0x2029
                    && Character.isDefined(codePoint)
                    && !Character.isSurrogate((char) codePoint)
                    && Character.isValidCodePoint(codePoint);
            reference.appendReplacement(
                    readable, meaningless ? Matcher.quoteReplacement(Character.toString(codePoint)) : "$0");
        }
        reference.appendTail(readable);
        return readable.toString();
    }

    /**
     * The content with every {@link FieldKind#RICH_TEXT} value sanitised, shared or localized; values
     * that are not strings are left for validation to report.
     */
    public ItemContent sanitise(SectionType type, ItemContent content) {
        ItemContent.Builder sanitised = content.toBuilder();
        for (FieldSpec field : type.fields()) {
            if (field.kind() != FieldKind.RICH_TEXT) {
                continue;
            }
            if (content.shared().get(field.name()) instanceof JsonString html) {
                sanitised.shared(field.name(), sanitise(html.getString()));
            }
            for (String locale : content.locales()) {
                JsonValue value = content.localized(locale).get(field.name());
                if (value instanceof JsonString html) {
                    sanitised.localized(locale, field.name(), sanitise(html.getString()));
                }
            }
        }
        return sanitised.build();
    }

    /** Only absolute addresses: a relative one means nothing in a bulletin read on other sites and in mail. */
    static boolean isAllowedLink(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return false;
            }
            return "mailto".equalsIgnoreCase(scheme) || uri.getRawAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
