package org.bulletincms.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ExchangeFile} as XLIFF 2.1 or 1.2 with the JDK's own StAX writer, which escapes every text and
 * attribute: nothing here concatenates XML.
 *
 * <p>Per unit: the source fingerprint (2.1: the metadata module; 1.2: a context of type
 * {@code x-source-fingerprint}), notes naming the section type, the field and its length limit, the source with its
 * markup as inline codes (2.1: {@code <pc>}/{@code <ph>} whose markup is in {@code <originalData>}; 1.2:
 * {@code <g>}/{@code <x/>}), and the target when there is one, with its state. Matches from the memory go beside
 * it (2.1: {@code <mtc:match>}, pointing at the segment or, for a paragraph's, at the paragraph's code; 1.2:
 * {@code <alt-trans>}), never as the target. A target whose codes are not the
 * source's is not written as a target (an import would refuse it) but shown in a note, so the translator still
 * sees it.
 */
public final class XliffWriter {

    static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";
    static final String MATCHES = "urn:oasis:names:tc:xliff:matches:2.0";
    private static final String SEGMENT = "seg";
    static final String FINGERPRINT = "source-fingerprint";
    static final String FINGERPRINT_12 = "x-source-fingerprint";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z0-9]+)");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XliffVersion version;

    public XliffWriter(XliffVersion version) {
        this.version = version;
    }

    public void write(ExchangeFile file, OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            if (version == XliffVersion.V1_2) {
                write12(file, xml);
            } else {
                write21(file, xml);
            }
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF failed", e);
        }
    }

    private void write21(ExchangeFile file, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(version.namespace());
        xml.setPrefix("mda", METADATA);
        xml.setPrefix("mtc", MATCHES);
        xml.writeStartElement(version.namespace(), "xliff");
        xml.writeDefaultNamespace(version.namespace());
        xml.writeNamespace("mda", METADATA);
        xml.writeNamespace("mtc", MATCHES);
        xml.writeAttribute("version", version.number());
        xml.writeAttribute("srcLang", file.sourceLocale());
        xml.writeAttribute("trgLang", file.targetLocale());
        xml.writeStartElement(version.namespace(), "file");
        xml.writeAttribute("id", "issue");
        xml.writeAttribute("original", ExchangeFile.original(file.issue()));
        for (ExchangeUnit unit : file.units()) {
            unit21(unit, xml);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void unit21(ExchangeUnit unit, XMLStreamWriter xml) throws XMLStreamException {
        String ns = version.namespace();
        xml.writeStartElement(ns, "unit");
        xml.writeAttribute("id", unit.id().value());
        xml.writeAttribute("name", unit.id().path());
        xml.writeStartElement(METADATA, "metadata");
        xml.writeStartElement(METADATA, "metaGroup");
        xml.writeAttribute("category", "bulletin-cms");
        xml.writeStartElement(METADATA, "meta");
        xml.writeAttribute("type", FINGERPRINT);
        xml.writeCharacters(unit.fingerprint());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        if (unit.hasMatches()) {
            xml.writeStartElement(MATCHES, "matches");
            for (MemoryMatch match : unit.matches()) {
                match21(match, "#" + SEGMENT, xml);
            }
            List<String> paragraphCodes = paragraphCodes(unit.source());
            for (ParagraphMatches paragraph : unit.paragraphs()) {
                for (MemoryMatch match : paragraph.matches()) {
                    match21(match, "#" + paragraphCodes.get(paragraph.paragraph() - 1), xml);
                }
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(ns, "notes");
        for (Map.Entry<String, String> note : notes(unit).entrySet()) {
            xml.writeStartElement(ns, "note");
            xml.writeAttribute("category", note.getKey());
            xml.writeCharacters(note.getValue());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (unit.source().hasCodes()) {
            xml.writeStartElement(ns, "originalData");
            for (InlineText.Fragment code : unit.source().fragments()) {
                if (code.codeKey().isPresent()) {
                    xml.writeStartElement(ns, "data");
                    xml.writeAttribute("id", code.codeKey().get());
                    xml.writeCharacters(code.html());
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(ns, "segment");
        xml.writeAttribute("id", SEGMENT);
        if (writtenTarget(unit)) {
            xml.writeAttribute("state", unit.state().in(version));
        }
        xml.writeStartElement(ns, "source");
        xml.writeAttribute("xml", XML, "space", "preserve");
        inline21(unit.source(), xml, true);
        xml.writeEndElement();
        if (writtenTarget(unit)) {
            xml.writeStartElement(ns, "target");
            xml.writeAttribute("xml", XML, "space", "preserve");
            inline21(unit.target().orElseThrow(), xml, true);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * A match from the memory; {@code ref} points at what it is for: the unit's segment, or a paragraph's code
     * (XLIFF 2's fragment identifier of an inline element of the source).
     */
    private void match21(MemoryMatch match, String ref, XMLStreamWriter xml) throws XMLStreamException {
        String ns = version.namespace();
        xml.writeStartElement(MATCHES, "match");
        xml.writeAttribute("ref", ref);
        xml.writeAttribute("type", "tm");
        xml.writeAttribute("matchQuality", Integer.toString(match.similarity()));
        xml.writeAttribute("similarity", Integer.toString(match.similarity()));
        xml.writeAttribute("origin", origin(match));
        xml.writeStartElement(ns, "source");
        inline21(match.source(), xml, false);
        xml.writeEndElement();
        xml.writeStartElement(ns, "target");
        inline21(match.target(), xml, false);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * The code ids of a rich text's top-level elements, its paragraphs in order ({@link InlineText#paragraphs} has
     * a paragraph for each and nothing else).
     */
    private static List<String> paragraphCodes(InlineText text) {
        List<String> codes = new ArrayList<>();
        int depth = 0;
        for (InlineText.Fragment fragment : text.fragments()) {
            if (fragment instanceof InlineText.Start start) {
                if (depth == 0) {
                    codes.add(start.id());
                }
                depth++;
            } else if (fragment instanceof InlineText.End) {
                depth--;
            }
        }
        return codes;
    }

    private static String origin(MemoryMatch match) {
        return match.issue().map(ExchangeFile::original).orElse(match.unit());
    }

    /** Text and codes; {@code withData}: the codes point at the unit's original data (a match's do not). */
    private void inline21(InlineText text, XMLStreamWriter xml, boolean withData) throws XMLStreamException {
        String ns = version.namespace();
        for (InlineText.Fragment fragment : text.fragments()) {
            if (fragment instanceof InlineText.Text words) {
                xml.writeCharacters(words.text());
            } else if (fragment instanceof InlineText.Start start) {
                xml.writeStartElement(ns, "pc");
                xml.writeAttribute("id", start.id());
                if (withData) {
                    xml.writeAttribute("dataRefStart", "s" + start.id());
                    xml.writeAttribute("dataRefEnd", "e" + start.id());
                }
            } else if (fragment instanceof InlineText.End) {
                xml.writeEndElement();
            } else if (fragment instanceof InlineText.Lone lone) {
                xml.writeEmptyElement(ns, "ph");
                xml.writeAttribute("id", lone.id());
                if (withData) {
                    xml.writeAttribute("dataRef", "l" + lone.id());
                }
            }
        }
    }

    private void write12(ExchangeFile file, XMLStreamWriter xml) throws XMLStreamException {
        String ns = version.namespace();
        xml.setDefaultNamespace(ns);
        xml.writeStartElement(ns, "xliff");
        xml.writeDefaultNamespace(ns);
        xml.writeAttribute("version", version.number());
        xml.writeStartElement(ns, "file");
        xml.writeAttribute("original", ExchangeFile.original(file.issue()));
        xml.writeAttribute("source-language", file.sourceLocale());
        xml.writeAttribute("target-language", file.targetLocale());
        xml.writeAttribute("datatype", "x-bulletin-cms");
        xml.writeStartElement(ns, "body");
        for (ExchangeUnit unit : file.units()) {
            xml.writeStartElement(ns, "trans-unit");
            xml.writeAttribute("id", unit.id().value());
            xml.writeAttribute("resname", unit.id().path());
            xml.writeAttribute("xml", XML, "space", "preserve");
            unit.context().maxLength().ifPresent(max -> attribute(xml, "maxwidth", Integer.toString(max)));
            unit.context().maxLength().ifPresent(max -> attribute(xml, "size-unit", "char"));
            xml.writeStartElement(ns, "source");
            inline12(unit.source(), xml);
            xml.writeEndElement();
            if (writtenTarget(unit)) {
                xml.writeStartElement(ns, "target");
                xml.writeAttribute("state", unit.state().in(version));
                inline12(unit.target().orElseThrow(), xml);
                xml.writeEndElement();
            }
            for (Map.Entry<String, String> note : notes(unit).entrySet()) {
                xml.writeStartElement(ns, "note");
                xml.writeAttribute("from", note.getKey());
                xml.writeCharacters(note.getValue());
                xml.writeEndElement();
            }
            for (MemoryMatch match : unit.matches()) {
                altTrans(match, Optional.empty(), xml);
            }
            for (ParagraphMatches paragraph : unit.paragraphs()) {
                for (MemoryMatch match : paragraph.matches()) {
                    altTrans(match, Optional.of(paragraph.paragraph()), xml);
                }
            }
            xml.writeStartElement(ns, "context-group");
            xml.writeAttribute("purpose", "information");
            xml.writeStartElement(ns, "context");
            xml.writeAttribute("context-type", FINGERPRINT_12);
            xml.writeCharacters(unit.fingerprint());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * A match from the memory as XLIFF 1.2's {@code <alt-trans>}; a paragraph's has the paragraph as its source and
     * says which one in a note (1.2 points into a source only through segmented {@code <seg-source>}, which would
     * change what every tool reads).
     */
    private void altTrans(MemoryMatch match, Optional<Integer> paragraph, XMLStreamWriter xml)
            throws XMLStreamException {
        String ns = version.namespace();
        xml.writeStartElement(ns, "alt-trans");
        xml.writeAttribute("match-quality", Integer.toString(match.similarity()));
        xml.writeAttribute("origin", origin(match));
        xml.writeStartElement(ns, "source");
        inline12(match.source(), xml);
        xml.writeEndElement();
        xml.writeStartElement(ns, "target");
        inline12(match.target(), xml);
        xml.writeEndElement();
        if (paragraph.isPresent()) {
            xml.writeStartElement(ns, "note");
            xml.writeAttribute("from", "paragraph");
            xml.writeCharacters(Integer.toString(paragraph.get()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void inline12(InlineText text, XMLStreamWriter xml) throws XMLStreamException {
        String ns = version.namespace();
        for (InlineText.Fragment fragment : text.fragments()) {
            if (fragment instanceof InlineText.Text words) {
                xml.writeCharacters(words.text());
            } else if (fragment instanceof InlineText.Start start) {
                xml.writeStartElement(ns, "g");
                xml.writeAttribute("id", start.id());
                xml.writeAttribute("ctype", "x-html-" + tagName(start.html()));
            } else if (fragment instanceof InlineText.End) {
                xml.writeEndElement();
            } else if (fragment instanceof InlineText.Lone lone) {
                xml.writeEmptyElement(ns, "x");
                xml.writeAttribute("id", lone.id());
                xml.writeAttribute("ctype", "lb");
            }
        }
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF failed", e);
        }
    }

    /** Whether the unit's target is written as its target: it has one, with the source's codes. */
    private static boolean writtenTarget(ExchangeUnit unit) {
        return unit.target().isPresent()
                && unit.target().get().codeList().equals(unit.source().codeList());
    }

    private static Map<String, String> notes(ExchangeUnit unit) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("section-type", unit.context().sectionType());
        notes.put("field", unit.context().field());
        unit.context().maxLength().ifPresent(max -> notes.put("max-length", Integer.toString(max)));
        unit.target()
                .filter(target -> !writtenTarget(unit))
                .ifPresent(target -> notes.put("current-translation", target.html()));
        return notes;
    }

    private static String tagName(String html) {
        Matcher matcher = TAG.matcher(html);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "code";
    }
}
