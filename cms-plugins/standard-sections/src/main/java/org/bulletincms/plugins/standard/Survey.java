package org.bulletincms.plugins.standard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/** A call to take part in a survey or consultation, with its deadline (“调研的截止日期为2022年3月30日”). */
public final class Survey implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.plainText("organiser").required().translatable().max(200).label("发起机构", "Organiser"),
            FieldSpec.richText("body").required().translatable().label("介绍", "Description"),
            FieldSpec.date("opensOn").label("开始日期", "Opens on"),
            FieldSpec.date("deadline").required().label("截止日期", "Deadline"),
            FieldSpec.url("url").label("参与网址", "Where to take part"),
            FieldSpec.email("contactEmail").label("联系邮箱", "Contact e-mail"));

    @Override
    public String id() {
        return "survey";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("调研", "Survey");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of(
                "邀请参与的调研或征询，须写明截止日期。", "A call to take part in a survey or consultation, with its deadline.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        Optional<LocalDate> opens = content.sharedDate("opensOn");
        Optional<LocalDate> deadline = content.sharedDate("deadline");
        if (opens.isPresent() && deadline.isPresent() && deadline.get().isBefore(opens.get())) {
            return List.of(Violation.of(
                    Violation.sharedField("deadline"),
                    "survey.deadline-before-opening",
                    Map.of(
                            "opensOn",
                            opens.get().toString(),
                            "deadline",
                            deadline.get().toString())));
        }
        return List.of();
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of(
                "survey.deadline-before-opening",
                LocalizedText.of(
                        "截止日期 {deadline} 早于开始日期 {opensOn}。",
                        "The deadline, {deadline}, is before the survey opens on {opensOn}."));
    }
}
