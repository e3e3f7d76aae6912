package org.bulletincms.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bulletincms.limit.LimitedInput;

/**
 * Reads an uploaded XLIFF 2.x or 1.2 file with the JDK's own StAX reader, hardened for files from anywhere: no DTD
 * is processed and a DOCTYPE refuses the file before anything in it is expanded (so neither external entities nor
 * an entity bomb get anywhere), external resources are never fetched, and at most {@code maxBytes} are read. Any
 * such file, and one that is not well-formed or not XLIFF, is an {@link XliffUnreadable} or {@link XliffTooLarge}.
 *
 * <p>Inline codes are read by id only: {@code <pc>}, {@code <sc>}/{@code <ec>} and {@code <ph>} (2.x),
 * {@code <g>}, {@code <bx>}/{@code <ex>} and {@code <x>} (1.2); annotations ({@code <mrk>}) are read through;
 * other inline elements are skipped with their content. The stream is consumed but not closed.
 */
public final class XliffReader {

    private static final Set<String> UNITS = Set.of("unit", "trans-unit");
    private static final Set<String> PAIRED = Set.of("pc", "g");
    private static final Set<String> OPENING = Set.of("sc", "bx");
    private static final Set<String> CLOSING = Set.of("ec", "ex");
    private static final Set<String> LONE = Set.of("ph", "x");
    private static final Set<String> READ_THROUGH = Set.of("mrk");

    private final long maxBytes;

    public XliffReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ReceivedFile read(InputStream in) {
        // the StAX reader wraps what a read throws in an exception of its own: the stream remembers why it failed
        LimitedInput bounded = new LimitedInput(in, maxBytes, limit -> {
            throw new IOException("more than " + limit + " bytes");
        });
        XMLInputFactory factory = HardenedXml.factory();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(bounded);
            return document(xml);
        } catch (XMLStreamException e) {
            if (bounded.passed()) {
                throw new XliffTooLarge(maxBytes);
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new XliffUnreadable(XliffUnreadable.Reason.NOT_WELL_FORMED, Math.max(line, 0));
        } catch (IllegalStateException | IllegalArgumentException | java.util.NoSuchElementException e) {
            // The JDK's reader reports some malformations (and a failed read) as unchecked exceptions.
            if (bounded.passed()) {
                throw new XliffTooLarge(maxBytes);
            }
            throw new XliffUnreadable(XliffUnreadable.Reason.NOT_WELL_FORMED, 0);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // Closing a reader frees nothing we depend on; the answer is already decided.
                }
            }
        }
    }

    private ReceivedFile document(XMLStreamReader xml) throws XMLStreamException {
        List<String> originals = new ArrayList<>();
        Optional<String> source = Optional.empty();
        Optional<String> target = Optional.empty();
        List<ReceivedFile.ReceivedUnit> units = new ArrayList<>();
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            refuseDeclarations(xml, event);
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root) {
                root = false;
                String version = HardenedXml.attribute(xml, "version").orElse("");
                boolean xliff2 = XliffVersion.V2_1.namespace().equals(xml.getNamespaceURI());
                boolean xliff12 = XliffVersion.V1_2.namespace().equals(xml.getNamespaceURI());
                if (!name.equals("xliff") || !xliff2 && !xliff12) {
                    throw new XliffUnreadable(XliffUnreadable.Reason.NOT_XLIFF, HardenedXml.line(xml));
                }
                if (xliff2 ? !version.startsWith("2.") : !version.equals("1.2")) {
                    throw new XliffUnreadable(XliffUnreadable.Reason.VERSION, HardenedXml.line(xml));
                }
                source = HardenedXml.attribute(xml, "srcLang");
                target = HardenedXml.attribute(xml, "trgLang");
            } else if (name.equals("file")) {
                originals.add(HardenedXml.attribute(xml, "original").orElse(""));
                source = source.or(() -> HardenedXml.attribute(xml, "source-language"));
                target = target.or(() -> HardenedXml.attribute(xml, "target-language"));
            } else if (UNITS.contains(name)) {
                units.add(unit(xml));
            }
        }
        return new ReceivedFile(originals, source, target, units);
    }

    private ReceivedFile.ReceivedUnit unit(XMLStreamReader xml) throws XMLStreamException {
        String id = HardenedXml.attribute(xml, "id").orElse("");
        Optional<String> fingerprint = Optional.empty();
        List<InlineText.Fragment> source = new ArrayList<>();
        List<InlineText.Fragment> target = new ArrayList<>();
        int segments = 0;
        int targets = 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            refuseDeclarations(xml, event);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (isFingerprint(xml)) {
                    fingerprint = Optional.of(xml.getElementText().strip());
                } else if (!isXliff(xml) && !XliffWriter.METADATA.equals(xml.getNamespaceURI())) {
                    // modules and extensions (matches, glossaries, a tool's own data) are not the translation
                    skip(xml);
                } else if (name.equals("source")) {
                    segments++;
                    source.addAll(inline(xml));
                } else if (name.equals("target")) {
                    targets++;
                    target.addAll(inline(xml));
                } else if (name.equals("ignorable")) {
                    ignorable(xml, source, target);
                } else if (name.equals("alt-trans") || name.equals("originalData") || name.equals("notes")) {
                    skip(xml);
                } else {
                    depth++;
                }
            }
        }
        boolean whole = targets > 0 && targets == segments;
        return new ReceivedFile.ReceivedUnit(
                id,
                fingerprint,
                new InlineText(source),
                whole ? Optional.of(new InlineText(target)) : Optional.empty(),
                targets > 0 && !whole);
    }

    /** Text between segments (2.x {@code <ignorable>}): the same in source and target, so it goes to both. */
    private void ignorable(XMLStreamReader xml, List<InlineText.Fragment> source, List<InlineText.Fragment> target)
            throws XMLStreamException {
        while (true) {
            int event = xml.next();
            refuseDeclarations(xml, event);
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("source")) {
                    List<InlineText.Fragment> between = inline(xml);
                    source.addAll(between);
                    target.addAll(between);
                } else {
                    skip(xml);
                }
            }
        }
    }

    private static boolean isXliff(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return XliffVersion.V2_1.namespace().equals(namespace)
                || XliffVersion.V1_2.namespace().equals(namespace);
    }

    private static boolean isFingerprint(XMLStreamReader xml) {
        String name = xml.getLocalName();
        return name.equals("meta")
                        && XliffWriter.METADATA.equals(xml.getNamespaceURI())
                        && HardenedXml.attribute(xml, "type")
                                .filter(XliffWriter.FINGERPRINT::equals)
                                .isPresent()
                || name.equals("context")
                        && HardenedXml.attribute(xml, "context-type")
                                .filter(XliffWriter.FINGERPRINT_12::equals)
                                .isPresent();
    }

    /** The inline content of a source or target, up to its end tag. */
    private List<InlineText.Fragment> inline(XMLStreamReader xml) throws XMLStreamException {
        List<InlineText.Fragment> out = new ArrayList<>();
        Deque<Optional<String>> open = new ArrayDeque<>();
        while (true) {
            int event = xml.next();
            refuseDeclarations(xml, event);
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (xml.getTextLength() > 0) {
                        out.add(new InlineText.Text(xml.getText()));
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    String id = HardenedXml.attribute(xml, "id").orElse("");
                    if (PAIRED.contains(name)) {
                        out.add(new InlineText.Start(id, ""));
                        open.push(Optional.of(id));
                    } else if (READ_THROUGH.contains(name)) {
                        open.push(Optional.empty());
                    } else if (OPENING.contains(name)) {
                        out.add(new InlineText.Start(
                                HardenedXml.attribute(xml, "rid").orElse(id), ""));
                        skip(xml);
                    } else if (CLOSING.contains(name)) {
                        String start = HardenedXml.attribute(xml, "startRef")
                                .or(() -> HardenedXml.attribute(xml, "rid"))
                                .orElse(id);
                        out.add(new InlineText.End(start, ""));
                        skip(xml);
                    } else if (LONE.contains(name)) {
                        out.add(new InlineText.Lone(id, ""));
                        skip(xml);
                    } else {
                        skip(xml);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (open.isEmpty()) {
                        return out;
                    }
                    open.pop().ifPresent(id -> out.add(new InlineText.End(id, "")));
                }
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
    }

    /** Skips the current element's content, up to and including its end tag. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            refuseDeclarations(xml, event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void refuseDeclarations(XMLStreamReader xml, int event) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XliffUnreadable(XliffUnreadable.Reason.DOCTYPE, HardenedXml.line(xml));
        }
    }
}
