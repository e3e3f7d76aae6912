package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.sectiontype.EscapingHtmlSink;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.SectionType;

/**
 * The e-mail edition of an issue in one locale, made from its snapshot when it is published: HTML that survives
 * mail clients (one table {@value #WIDTH_PX} px wide, every style inline, no script, no style sheet) and its
 * plain-text alternative ({@link PlainText}), both linking to the issue's web page at the configured public base
 * URL. Items are written by their section types' {@link SectionType#render} through the same escaping sink as the
 * web page, which adds the inline styles.
 *
 * <p><b>The size rule.</b> Mail clients clip messages over about 100 KB (Gmail at 102 KB). When the whole issue would
 * be larger than {@value #BUDGET_BYTES} bytes, the items from the first one that no longer fits onwards are given as
 * summaries: their title (or their section type's name) linked to the item on the web page. Items keep the issue's
 * order; nothing is left out.
 */
public final class EmailEdition {

    /** The width of the message's table: what every mail client shows without scrolling. */
    public static final int WIDTH_PX = 600;

    /** The largest HTML message, in bytes, before later items become summaries. */
    public static final int BUDGET_BYTES = 100 * 1024;

    /** Enough for a summary's paragraph, link and title. */
    private static final int SUMMARY_BYTES_ESTIMATE = 600;

    private static final Logger LOG = Logger.getLogger(EmailEdition.class.getName());
    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();
    private static final String FONT = "font-family:Arial,'PingFang SC','Microsoft YaHei',sans-serif;";
    private static final String INK = "color:#1d1d1b;";
    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("h1", FONT + INK + "font-size:26px;line-height:1.3;margin:0 0 4px;"),
            Map.entry("h2", FONT + INK + "font-size:20px;line-height:1.4;margin:24px 0 8px;"),
            Map.entry("h3", FONT + INK + "font-size:17px;line-height:1.4;margin:16px 0 8px;"),
            Map.entry("h4", FONT + INK + "font-size:15px;margin:12px 0 4px;"),
            Map.entry("h5", FONT + INK + "font-size:14px;margin:8px 0 4px;"),
            Map.entry("p", FONT + INK + "font-size:15px;line-height:1.7;margin:0 0 12px;"),
            Map.entry("ul", FONT + INK + "font-size:15px;line-height:1.7;margin:0 0 12px;padding-left:20px;"),
            Map.entry("ol", FONT + INK + "font-size:15px;line-height:1.7;margin:0 0 12px;padding-left:20px;"),
            Map.entry("dl", FONT + INK + "font-size:15px;margin:0 0 12px;"),
            Map.entry("dt", "font-weight:bold;color:#52524e;"),
            Map.entry("dd", "margin:0 0 8px;"),
            Map.entry("a", "color:#2e6b30;"),
            Map.entry("blockquote", "margin:0 0 12px;padding-left:12px;border-left:3px solid #c9d6c1;"),
            Map.entry("article", "display:block;margin:0 0 16px;"));

    private final JsonObject snapshot;
    private final JsonObject inLocale;
    private final Publication publication;
    private final LocaleTag locale;
    private final InstalledSectionTypes types;
    private final String webPage;
    private final ResourceBundle words;

    private EmailEdition(
            JsonObject snapshot,
            Publication publication,
            LocaleTag locale,
            InstalledSectionTypes types,
            PublicBaseUrl publicBaseUrl) {
        this.snapshot = snapshot;
        this.inLocale = snapshot.getJsonObject("locales").getJsonObject(locale.value());
        this.publication = publication;
        this.locale = locale;
        this.types = types;
        this.webPage = publicBaseUrl.resolve("/api/delivery/v1/publications/"
                + publication.slug().value() + "/issues/" + snapshot.getInt("year") + "/" + snapshot.getInt("number")
                + ".html?locale=" + locale.value());
        this.words = ResourceBundle.getBundle(
                "org.bulletincms.delivery.edition", locale.toLocale(), EmailEdition.class.getClassLoader());
    }

    /** The message's two parts. */
    public record Message(byte[] html, byte[] text) {}

    public static Message of(
            JsonObject snapshot,
            Publication publication,
            LocaleTag locale,
            InstalledSectionTypes types,
            PublicBaseUrl publicBaseUrl) {
        EmailEdition edition = new EmailEdition(snapshot, publication, locale, types, publicBaseUrl);
        int items = edition.itemCount();
        Written full = edition.write(items);
        String html = full.html();
        if (bytes(html) > BUDGET_BYTES) {
            // From the full message's item sizes, the most items that fit in full with the rest as summaries; then
            // fewer, one at a time, should the summaries be longer than estimated.
            int inFull = items;
            long size = bytes(html) + (long) items * SUMMARY_BYTES_ESTIMATE;
            while (inFull > 0 && size > BUDGET_BYTES) {
                inFull--;
                size -= full.itemBytes().get(inFull);
            }
            html = edition.write(inFull).html();
            while (inFull > 0 && bytes(html) > BUDGET_BYTES) {
                html = edition.write(--inFull).html();
            }
        }
        return new Message(
                html.getBytes(StandardCharsets.UTF_8), PlainText.of(html).getBytes(StandardCharsets.UTF_8));
    }

    /** A message as written, with the size in bytes of each item written in full, in order. */
    private record Written(String html, List<Integer> itemBytes) {}

    private static int bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The message with the first {@code inFull} items in full and the others as summaries. */
    private Written write(int inFull) {
        EscapingHtmlSink html = EscapingHtmlSink.forEmail(SANITIZER, STYLES);
        List<Integer> itemBytes = new ArrayList<>();
        String label = inLocale.getString("label");
        Optional<String> title = publication
                .title()
                .in(locale)
                .or(() -> publication.title().in(publication.locales().source()));
        html.doctype();
        html.start("html", Map.of("lang", locale.value()));
        html.start("head");
        html.voidElement("meta", Map.of("charset", "utf-8"));
        html.voidElement("meta", Map.of("name", "viewport", "content", "width=device-width, initial-scale=1"));
        html.element("title", title.map(text -> text + " ").orElse("") + label);
        html.end();
        html.start("body", Map.of("style", "margin:0;padding:0;background:#f4f4f0;"));
        html.start("table", Map.of("role", "presentation", "width", "100%", "style", "background:#f4f4f0;"));
        html.start("tr").start("td", Map.of("align", "center", "style", "padding:16px 8px;"));
        html.start(
                "table",
                Map.of(
                        "role",
                        "presentation",
                        "width",
                        String.valueOf(WIDTH_PX),
                        "style",
                        "width:100%;max-width:" + WIDTH_PX + "px;background:#ffffff;border-collapse:collapse;"));
        cell(html, "padding:24px;border-bottom:4px solid #2e6b30;");
        WebEditionPage.mastheadLine(inLocale)
                .ifPresent(line -> html.element(
                        "p",
                        line.in().equals(locale)
                                ? Map.of()
                                : Map.of("lang", line.in().value()),
                        line.text()));
        title.ifPresent(text -> html.element("h1", text));
        publication
                .tagline(locale)
                .ifPresent(tagline -> html.element(
                        "p",
                        tagline.language().equals(locale)
                                ? Map.of()
                                : Map.of("lang", tagline.language().value()),
                        tagline.text()));
        html.element("p", Map.of("style", FONT + INK + "font-size:15px;font-weight:bold;margin:0 0 8px;"), label);
        html.start("p").link(webPage, words.getString("read-on-the-web")).end();
        endCell(html);
        cell(html, "padding:8px 24px;");
        contents(html);
        endCell(html);
        int index = 0;
        for (JsonObject rubric : rubrics()) {
            cell(html, "padding:0 24px;");
            WebEditionPage.text(rubric, "title").ifPresent(text -> html.element("h2", text));
            for (JsonObject item : items(rubric)) {
                if (index++ < inFull) {
                    int start = html.length();
                    item(html, item);
                    itemBytes.add(html.written(start).getBytes(StandardCharsets.UTF_8).length);
                } else {
                    summary(html, item);
                }
            }
            endCell(html);
        }
        // The publication's colophon, when the issue has none of its own: short, so always in full.
        if (inLocale.containsKey("colophon")) {
            cell(html, "padding:0 24px;");
            item(html, inLocale.getJsonObject("colophon"));
            endCell(html);
        }
        cell(html, "padding:16px 24px;border-top:1px solid #c9d6c1;");
        publication.publisher().ifPresent(publisher -> html.element("p", publisher));
        html.start("p").link(webPage, words.getString("read-on-the-web")).end();
        endCell(html);
        html.end().end().end().end();
        html.end();
        html.end();
        return new Written(html.html(), itemBytes);
    }

    private void contents(EscapingHtmlSink html) {
        html.element("h2", words.getString("contents"));
        for (JsonObject entry : inLocale.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            WebEditionPage.text(entry, "title")
                    .ifPresent(text -> html.element(
                            "p",
                            Map.of("style", FONT + INK + "font-size:15px;font-weight:bold;margin:8px 0 4px;"),
                            text));
            List<JsonObject> links = entry.getJsonArray("items").getValuesAs(JsonObject.class);
            if (!links.isEmpty()) {
                html.start("ul");
                for (JsonObject link : links) {
                    html.element("li", link.getString("title"));
                }
                html.end();
            }
        }
    }

    private void item(EscapingHtmlSink html, JsonObject item) {
        String shown = item.getString("locale");
        html.start("div", shown.equals(locale.value()) ? Map.of() : Map.of("lang", shown));
        ItemView view = new ItemView(
                shown, item.containsKey("view") ? item.getJsonObject("view") : item.getJsonObject("fields"));
        Optional<SectionType> type = types.find(item.getString("type"));
        if (!(type.isPresent() && html.render(sink -> type.get().render(view, sink)))) {
            LOG.warning(() -> "Item " + item.getString("id") + " could not be rendered for the e-mail edition");
            html.element("p", words.getString("item-unavailable"));
        }
        html.end();
    }

    /** An item over the size budget: its title, linked to it on the web page. */
    private void summary(EscapingHtmlSink html, JsonObject item) {
        String title = item.getJsonObject(item.containsKey("view") ? "view" : "fields")
                .getString("title", words.getString("item-summary"));
        html.start("p")
                .link(webPage + "#" + WebEditionPage.itemAnchor(item.getString("id")), title)
                .end();
    }

    private static void cell(EscapingHtmlSink html, String style) {
        html.start("tr").start("td", Map.of("style", style));
    }

    private static void endCell(EscapingHtmlSink html) {
        html.end().end();
    }

    private int itemCount() {
        return rubrics().stream().mapToInt(rubric -> items(rubric).size()).sum();
    }

    private List<JsonObject> rubrics() {
        return inLocale.getJsonArray("rubrics").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> items(JsonObject rubric) {
        return rubric.getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
