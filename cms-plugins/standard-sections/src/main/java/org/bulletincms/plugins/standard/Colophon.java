package org.bulletincms.plugins.standard;

import java.util.List;
import org.bulletincms.spi.FieldSpec;
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
}
