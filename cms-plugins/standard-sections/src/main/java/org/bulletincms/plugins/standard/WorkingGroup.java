package org.bulletincms.plugins.standard;

import java.util.List;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;

/**
 * A working group: what it is for, who leads it, its activities as bold-headed terms (“活动筹资：设计、策划…”)
 * and who may join.
 */
public final class WorkingGroup implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.richText("body").required().translatable().label("介绍", "Description"),
            FieldSpec.textList("ledBy").translatable().maxEntries(10).max(200).label("牵头机构", "Led by"),
            FieldSpec.termList("activities")
                    .translatable()
                    .maxEntries(20)
                    .max(500)
                    .label("主要活动", "Activities")
                    .help("每项活动一个加粗的名称和一段说明。", "Each activity as a short bold name and a description."),
            FieldSpec.plainText("membership").translatable().max(1_000).label("加入方式", "Who can join"),
            FieldSpec.url("url").label("网址", "Website"));

    @Override
    public String id() {
        return "working-group";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("工作组", "Working group");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of(
                "新成立或有新进展的工作组：目标、牵头机构、活动与加入方式。", "A working group: its purpose, leads, activities and who can join.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }
}
