package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.EscapingHtmlSink;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.SectionType;

/** Previews as the core renders them. */
final class Rendering {

    private Rendering() {}

    static String preview(SectionType type, ItemContent content, String locale) {
        EscapingHtmlSink sink = new EscapingHtmlSink(new RichTextSanitizer());
        type.preview(ItemView.of(content, locale), sink);
        return sink.html();
    }
}
