package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * The web page of an edition in one locale, made from its snapshot when it is published: the masthead (the
 * issue's masthead line, the publication's title, tagline, the issue label), the contents with in-page links, every rubric with every item as
 * its section type renders it for readers, the publication's colophon when the issue has none of its own, and the
 * publisher. Semantic and accessible without script: landmarks
 * ({@code header}, {@code nav}, {@code main}, {@code footer}), one {@code h1}, rubrics as {@code h2}, items'
 * titles as {@code h3}, {@code lang} wherever a text is not in the page's language; one small same-site
 * stylesheet ({@value #STYLESHEET}, allowed by the content security policy as {@code style-src 'self'}).
 *
 * <p>Everything, the frame included, is written through the core's escaping sink, so no stored text reaches
 * the page as markup.
 */
public final class WebEditionPage {

    /** The page's stylesheet, served by the web module from its static files. */
    public static final String STYLESHEET = "/reader/edition.css";

    private static final Logger LOG = Logger.getLogger(WebEditionPage.class.getName());
    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    private final JsonObject snapshot;
    private final JsonObject inLocale;
    private final Publication publication;
    private final LocaleTag locale;
    private final InstalledSectionTypes types;
    private final ResourceBundle words;
    private final EscapingHtmlSink html = EscapingHtmlSink.forPage(SANITIZER);

    private WebEditionPage(
            JsonObject snapshot, Publication publication, LocaleTag locale, InstalledSectionTypes types) {
        this.snapshot = snapshot;
        this.inLocale = snapshot.getJsonObject("locales").getJsonObject(locale.value());
        this.publication = publication;
        this.locale = locale;
        this.types = types;
        this.words = ResourceBundle.getBundle(
                "org.bulletincms.delivery.edition", locale.toLocale(), WebEditionPage.class.getClassLoader());
    }

    /** The page's bytes, UTF-8. */
    public static byte[] of(
            JsonObject snapshot, Publication publication, LocaleTag locale, InstalledSectionTypes types) {
        return new WebEditionPage(snapshot, publication, locale, types).write().getBytes(StandardCharsets.UTF_8);
    }

    private String write() {
        String label = inLocale.getString("label");
        Optional<Localized> title =
                orInSource(publication.title().in(locale), publication.title().in(source()));
        html.doctype();
        html.start("html", Map.of("lang", locale.value()));
        html.start("head");
        html.voidElement("meta", Map.of("charset", "utf-8"));
        html.voidElement("meta", Map.of("name", "viewport", "content", "width=device-width, initial-scale=1"));
        html.element("title", title.map(Localized::text).map(text -> text + " ").orElse("") + label);
        html.voidElement("link", Map.of("rel", "stylesheet", "href", STYLESHEET));
        html.end();
        html.start("body");
        masthead(title, label);
        contents();
        html.start("main");
        for (JsonObject rubric : rubrics()) {
            rubric(rubric);
        }
        publicationColophon().ifPresent(colophon -> {
            html.start("section", Map.of("class", "rubric untitled"));
            item(colophon);
            html.end();
        });
        html.end();
        publication
                .publisher()
                .ifPresent(publisher -> html.start("footer", Map.of("class", "publisher"))
                        .element("p", publisher)
                        .end());
        html.end();
        html.end();
        return html.html();
    }

    private void masthead(Optional<Localized> title, String label) {
        html.start("header", Map.of("class", "masthead"));
        mastheadLine(inLocale).ifPresent(line -> html.element("p", attributes(line, "masthead-line"), line.text()));
        title.ifPresent(text -> html.element("h1", attributes(text, "publication"), text.text()));
        publication
                .tagline(locale)
                .map(tagline -> new Localized(tagline.text(), tagline.language()))
                .ifPresent(tagline -> html.element("p", attributes(tagline, "tagline"), tagline.text()));
        html.element("p", Map.of("class", "label"), label);
        text(inLocale, "title").ifPresent(issueTitle -> html.element("p", Map.of("class", "issue-title"), issueTitle));
        text(snapshot, "correction")
                .ifPresent(correction -> html.element("p", Map.of("class", "correction"), correction));
        html.end();
    }

    /** The contents: each titled rubric, linked to its section, with its items' titles linked to the items. */
    private void contents() {
        Map<String, String> rubricOfItem = new HashMap<>();
        for (JsonObject rubric : rubrics()) {
            for (JsonObject item : items(rubric)) {
                rubricOfItem.put(item.getString("id"), rubric.getString("id"));
            }
        }
        html.start("nav", Map.of("class", "contents", "aria-labelledby", "contents"));
        html.element("h2", Map.of("id", "contents"), words.getString("contents"));
        html.start("ol");
        for (JsonObject entry : inLocale.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            List<JsonObject> links = entry.getJsonArray("items").getValuesAs(JsonObject.class);
            html.start("li");
            String rubricTitle = text(entry, "title").orElse("");
            Optional<String> anchor = links.stream()
                    .findFirst()
                    .map(link -> rubricOfItem.get(link.getString("item")))
                    .map(WebEditionPage::rubricAnchor);
            if (anchor.isPresent()) {
                html.element("a", Map.of("href", "#" + anchor.get()), rubricTitle);
            } else {
                html.element("span", rubricTitle);
            }
            if (!links.isEmpty()) {
                html.start("ol");
                for (JsonObject link : links) {
                    html.start("li")
                            .element(
                                    "a",
                                    Map.of("href", "#" + itemAnchor(link.getString("item"))),
                                    link.getString("title"))
                            .end();
                }
                html.end();
            }
            html.end();
        }
        html.end();
        html.end();
    }

    private void rubric(JsonObject rubric) {
        String anchor = rubricAnchor(rubric.getString("id"));
        Optional<String> title = text(rubric, "title");
        Map<String, String> attributes = title.isPresent()
                ? Map.of("id", anchor, "class", "rubric", "aria-labelledby", anchor + "-title")
                : Map.of("id", anchor, "class", "rubric untitled");
        html.start("section", attributes);
        title.ifPresent(text -> html.element("h2", Map.of("id", anchor + "-title"), text));
        for (JsonObject item : items(rubric)) {
            item(item);
        }
        html.end();
    }

    /** One item in a frame that carries its anchor and, when it is not in the page's language, its own. */
    private void item(JsonObject item) {
        String id = item.getString("id");
        String shown = item.getString("locale");
        Map<String, String> frame = shown.equals(locale.value())
                ? Map.of("id", itemAnchor(id), "class", "item-frame")
                : Map.of("id", itemAnchor(id), "class", "item-frame", "lang", shown);
        html.start("div", frame);
        // Editions published before items kept their view in the snapshot: their delivered fields, which are the
        // view for every type that does not reshape its delivery.
        ItemView view = new ItemView(
                shown, item.containsKey("view") ? item.getJsonObject("view") : item.getJsonObject("fields"));
        Optional<SectionType> type = types.find(item.getString("type"));
        boolean written = type.isPresent() && html.render(sink -> type.get().render(view, sink));
        if (!written) {
            LOG.warning(() -> "Item " + id + " of type " + item.getString("type")
                    + " could not be rendered for the web page (plugin missing or broken); the page says so");
            html.element("p", Map.of("class", "unavailable"), words.getString("item-unavailable"));
        }
        html.end();
    }

    /** The publication's colophon, closing an issue that has none of its own (an item-shaped entry). */
    private Optional<JsonObject> publicationColophon() {
        return inLocale.containsKey("colophon") ? Optional.of(inLocale.getJsonObject("colophon")) : Optional.empty();
    }

    private List<JsonObject> rubrics() {
        return inLocale.getJsonArray("rubrics").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> items(JsonObject rubric) {
        return rubric.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private LocaleTag source() {
        return publication.locales().source();
    }

    /** The text in the page's locale, else the fallback with the locale it is in. */
    private Optional<Localized> localized(Optional<String> inPageLocale, Optional<Localized> fallback) {
        return inPageLocale.map(text -> new Localized(text, locale)).or(() -> fallback);
    }

    private Optional<Localized> orInSource(Optional<String> inPageLocale, Optional<String> inSource) {
        return localized(inPageLocale, inSource.map(text -> new Localized(text, source())));
    }

    /** The issue's line above the publication's title, in its language (an edition's {@code mastheadLine}). */
    static Optional<Localized> mastheadLine(JsonObject inLocale) {
        return inLocale.containsKey("mastheadLine")
                ? Optional.of(new Localized(
                        inLocale.getJsonObject("mastheadLine").getString("text"),
                        LocaleTag.of(inLocale.getJsonObject("mastheadLine").getString("locale"))))
                : Optional.empty();
    }

    /** A text and the locale it is in. */
    record Localized(String text, LocaleTag in) {}

    /** The class, and {@code lang} where the text is not in the page's language. */
    private Map<String, String> attributes(Localized text, String cssClass) {
        return text.in().equals(locale)
                ? Map.of("class", cssClass)
                : Map.of("class", cssClass, "lang", text.in().value());
    }

    static String rubricAnchor(String rubricId) {
        return "rubric-" + rubricId;
    }

    static String itemAnchor(String itemId) {
        return "item-" + itemId;
    }

    static Optional<String> text(JsonObject json, String name) {
        return json.containsKey(name) ? Optional.of(json.getString(name)) : Optional.empty();
    }
}
