package org.bulletincms.plugins.standard;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;

/**
 * A declaration or pledge and its numbered commitments, such as the Chaillot Declaration of the first
 * Buildings and Climate Global Forum.
 */
public final class Declaration implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.plainText("declarationName")
                    .translatable()
                    .max(200)
                    .label("宣言名称", "Name of the declaration")
                    .help(
                            "如《夏乐宫宣言》（Declaration de Chaillot）",
                            "E.g. the Chaillot Declaration (Déclaration de Chaillot)"),
            FieldSpec.richText("intro").required().translatable().label("导语", "Introduction"),
            FieldSpec.numberedList("commitments")
                    .required()
                    .translatable()
                    .maxEntries(30)
                    .max(500)
                    .label("承诺", "Commitments")
                    .help("每条一项，编号按顺序自动生成。", "One per entry; numbers follow the order."),
            FieldSpec.richText("closing").translatable().label("结语", "Closing text"),
            FieldSpec.plainText("imageCaption").translatable().max(500).label("图片说明", "Picture caption"),
            SourceAttribution.name(),
            SourceAttribution.url());

    @Override
    public String id() {
        return "declaration";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("宣言", "Declaration");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of("宣言、倡议或承诺书及其逐条承诺。", "A declaration or pledge with its numbered commitments.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /** Commitments numbered 01, 02, … as the newsletter prints them. */
    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-declaration"));
        Prose.line(view, "title", "h3", html);
        Prose.line(view, "declarationName", "p", html);
        Prose.richText(view, "intro", html);
        view.list("commitments").ifPresent(commitments -> {
            html.start("ol", Map.of("class", "commitments"));
            int number = 0;
            for (JsonValue commitment : commitments) {
                if (commitment instanceof JsonString text) {
                    number++;
                    html.start("li")
                            .element("span", Map.of("class", "number"), String.format("%02d", number))
                            .text(" " + text.getString())
                            .end();
                }
            }
            html.end();
        });
        Prose.richText(view, "closing", html);
        Prose.caption(view, "imageCaption", html);
        SourceAttribution.render(view, html);
        html.end();
    }

    /** The editor sees the item as readers will. */
    @Override
    public void preview(ItemView view, HtmlSink html) {
        render(view, html);
    }
}
