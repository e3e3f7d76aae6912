package org.bulletincms.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the memory of one locale pair as TMX 1.4 (LISA's Translation Memory eXchange, as CAT tools read it): one
 * {@code <tu>} per entry, its id as {@code tuid}, where it was published as {@code <prop>}s, and a {@code <tuv>} per
 * language. Rich text's markup becomes inline codes holding their native markup ({@code <bpt i="1">&lt;p&gt;</bpt>}
 * … {@code <ept i="1">&lt;/p&gt;</ept>}, {@code <ph>&lt;br&gt;</ph>}), which {@link TmxReader} reads back. The
 * stream is written but not closed.
 */
public final class TmxWriter {

    /** Where an entry was published, as a {@code <prop>} type (TMX's user-defined types start with {@code x-}). */
    static final String ORIGIN = "x-bulletin-origin";

    static final String UNIT = "x-bulletin-unit";

    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public void write(String sourceLocale, String targetLocale, List<MemoryEntry> entries, OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "Bulletin CMS");
            xml.writeAttribute("creationtoolversion", "1");
            xml.writeAttribute("segtype", "block");
            xml.writeAttribute("o-tmf", "bulletin-cms");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", sourceLocale);
            xml.writeAttribute("datatype", "html");
            xml.writeStartElement("body");
            for (MemoryEntry entry : entries) {
                xml.writeStartElement("tu");
                xml.writeAttribute("tuid", entry.id().toString());
                xml.writeAttribute("creationdate", TMX_DATE.format(entry.recordedAt()));
                prop(xml, ORIGIN, entry.issueId().map(ExchangeFile::original).orElse(entry.unitId()));
                if (entry.issueId().isPresent()) {
                    prop(xml, UNIT, entry.unitId());
                }
                tuv(xml, sourceLocale, entry.sourceInline());
                tuv(xml, targetLocale, entry.targetInline());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing TMX failed", e);
        }
    }

    private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void tuv(XMLStreamWriter xml, String locale, InlineText text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XML, "lang", locale);
        xml.writeStartElement("seg");
        for (InlineText.Fragment fragment : text.fragments()) {
            if (fragment instanceof InlineText.Text words) {
                xml.writeCharacters(words.text());
            } else if (fragment instanceof InlineText.Start start) {
                code(xml, "bpt", start.id(), start.html());
            } else if (fragment instanceof InlineText.End end) {
                code(xml, "ept", end.id(), end.html());
            } else {
                xml.writeStartElement("ph");
                xml.writeCharacters(fragment.html());
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void code(XMLStreamWriter xml, String name, String id, String html) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("i", id);
        xml.writeCharacters(html);
        xml.writeEndElement();
    }
}
