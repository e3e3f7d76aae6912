package org.bulletincms.plugins.standard;

import java.util.List;
import java.util.Map;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;

/** The closing block of an issue: where its content comes from, who edited it and how to reach them. */
public final class Colophon implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("sourcesNote")
                    .required()
                    .translatable()
                    .max(1_000)
                    .label("内容来源说明", "About the sources")
                    .help(
                            "如“简报内容来源于……由中环联合认证中心汇编制作。”",
                            "E.g. “Compiled by CEC from public information published by …”."),
            FieldSpec.plainText("editor").required().translatable().max(100).label("编辑", "Editor"),
            FieldSpec.email("email").required().label("电子邮箱", "E-mail"),
            FieldSpec.url("website").label("网站", "Website"));

    @Override
    public String id() {
        return "colophon";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("版权信息", "Colophon");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of("简报末尾的来源说明、编辑和联系方式。", "The end of an issue: sources, editor and contact.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /** An issue without a colophon item of its own closes with the publication's defaults, rendered by this type. */
    @Override
    public boolean isColophon() {
        return true;
    }

    private static final LocalizedText EDITED_BY = LocalizedText.of("编辑：", "Editor: ");

    /** As the newsletter ends: the note on the sources, then “编辑：王璟”, the address and the web site. */
    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-colophon"));
        view.text("sourcesNote").ifPresent(note -> html.element("p", Map.of("class", "sources"), note));
        view.text("editor")
                .ifPresent(
                        editor -> html.element("p", Map.of("class", "editor"), EDITED_BY.get(view.locale()) + editor));
        view.text("email")
                .ifPresent(address ->
                        html.start("p").link("mailto:" + address, address).end());
        view.text("website").ifPresent(site -> html.start("p").link(site, site).end());
        html.end();
    }
}
