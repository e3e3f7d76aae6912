package org.bulletincms.plugins.standard;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.DeliverySchema;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * A story taken from another publication and credited to it (“摘自”), such as “首届联合国食品系统峰会承诺重大行动”.
 * The programme's own short news without a source is an {@link Announcement}.
 */
public final class News implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("kicker")
                    .translatable()
                    .max(30)
                    .label("栏头", "Kicker")
                    .help("标题旁的短标签，如“新项目”。", "A short label shown with the title, e.g. “New project”."),
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.plainText("subtitle").translatable().max(200).label("副标题", "Subtitle"),
            FieldSpec.richText("body").required().translatable().label("正文", "Body"),
            FieldSpec.plainText("imageCaption").translatable().max(500).label("图片说明", "Picture caption"),
            SourceAttribution.name(),
            SourceAttribution.url(),
            SourceAttribution.link());

    @Override
    public String id() {
        return "news";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("新闻", "News");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of("摘自其他出版物并注明来源的报道。", "A story taken from another publication, credited to its source.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /** A story is credited in every language: by the source's name there, or by one address for all. */
    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        List<Violation> violations = new ArrayList<>();
        if (mode == ValidationMode.PUBLISH
                && content.sharedText(SourceAttribution.URL).isEmpty()) {
            for (String locale : content.locales()) {
                if (content.localizedText(locale, SourceAttribution.NAME).isEmpty()) {
                    violations.add(Violation.of(
                            Violation.localizedField(locale, SourceAttribution.NAME), "news.source-missing"));
                }
            }
        }
        return violations;
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of(
                "news.source-missing",
                LocalizedText.of("请注明来源：填写来源名称或来源网址。", "Credit the source: give its name or its address."));
    }

    /** As the default, with the source's name and address together as {@code "source": {"name", "url"}}. */
    @Override
    public JsonObject toDelivery(ItemView view) {
        return SourceAttribution.delivered(SectionType.super.toDelivery(view), view);
    }

    @Override
    public JsonObject deliverySchema() {
        return SourceAttribution.delivered(DeliverySchema.of(FIELDS)).build();
    }

    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-news"));
        Prose.line(view, "kicker", "p", html);
        Prose.line(view, "title", "h3", html);
        Prose.line(view, "subtitle", "p", html);
        Prose.richText(view, "body", html);
        Prose.caption(view, "imageCaption", html);
        SourceAttribution.render(view, SourceAttribution.TAKEN_FROM, html);
        html.end();
    }

    /** The editor sees the item as readers will. */
    @Override
    public void preview(ItemView view, HtmlSink html) {
        render(view, html);
    }
}
