package org.bulletincms.exchange;

import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

/**
 * What the XLIFF and TMX readers share about reading a file a stranger wrote: one hardened StAX factory (no DTD
 * processed, no external entity or DTD fetched, entity references left unexpanded so a reader can refuse them), and
 * the small questions both ask of the reader. Each reader keeps its own refusals (their problem types differ).
 */
final class HardenedXml {

    private HardenedXml() {}

    /** A new hardened reader factory: no DTD, no external entity or DTD fetched, no entity expanded. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** An attribute of the current element by its local name ({@code xml:lang} is {@code lang}). */
    static Optional<String> attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return Optional.of(xml.getAttributeValue(i));
            }
        }
        return Optional.empty();
    }

    /** The reader's line, for a refusal to name; 0 when unknown. */
    static int line(XMLStreamReader xml) {
        return xml.getLocation() == null ? 0 : Math.max(xml.getLocation().getLineNumber(), 0);
    }
}
