package org.bulletincms.sectiontype;

import java.util.List;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;

/** A plugin whose constructor fails, as one with a missing configuration file would. */
public class UninstantiableSectionType implements SectionType {

    public UninstantiableSectionType() {
        throw new IllegalStateException("cannot read plugin.properties");
    }

    @Override
    public String id() {
        return "never";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.none();
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.none();
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of();
    }
}
