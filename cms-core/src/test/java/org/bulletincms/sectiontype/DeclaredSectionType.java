package org.bulletincms.sectiontype;

import java.util.List;
import java.util.Map;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SchemaUpgrade;
import org.bulletincms.spi.SectionType;

/** A section type that is nothing but its declaration, to try the start-up checks with any declaration. */
record DeclaredSectionType(
        String id,
        int schemaVersion,
        LocalizedText label,
        LocalizedText help,
        List<FieldSpec> fields,
        List<SchemaUpgrade> upgrades,
        Map<String, LocalizedText> messages)
        implements SectionType {

    static DeclaredSectionType wellFormed(String id) {
        return new DeclaredSectionType(
                id,
                1,
                LocalizedText.of("通知", "Notice"),
                LocalizedText.of("简短通知。", "A short notice."),
                List.of(FieldSpec.plainText("title").required().translatable().label("标题", "Title")),
                List.of(),
                Map.of());
    }

    DeclaredSectionType withId(String newId) {
        return new DeclaredSectionType(newId, schemaVersion, label, help, fields, upgrades, messages);
    }

    DeclaredSectionType withVersion(int version, List<SchemaUpgrade> newUpgrades) {
        return new DeclaredSectionType(id, version, label, help, fields, newUpgrades, messages);
    }

    DeclaredSectionType withLabel(LocalizedText newLabel) {
        return new DeclaredSectionType(id, schemaVersion, newLabel, help, fields, upgrades, messages);
    }

    DeclaredSectionType withFields(FieldSpec... newFields) {
        return new DeclaredSectionType(id, schemaVersion, label, help, List.of(newFields), upgrades, messages);
    }

    DeclaredSectionType withMessages(Map<String, LocalizedText> newMessages) {
        return new DeclaredSectionType(id, schemaVersion, label, help, fields, upgrades, newMessages);
    }
}
