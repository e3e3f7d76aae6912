package org.bulletincms.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bulletincms.limit.LimitedInput;
import org.jsoup.nodes.Entities;

/**
 * Reads an uploaded TMX 1.4 file with the same hardened StAX reader as the XLIFF import ({@link XliffReader}): no
 * DTD processed, a DOCTYPE refuses the file before anything is expanded (except the bare reference to the TMX DTD
 * that many tools write, which declares nothing and is never read), nothing external fetched, at most
 * {@code maxBytes} read. Such a file, and one that is not well-formed, not TMX or not 1.4, is a
 * {@link TmxUnreadable} or {@link TmxTooLarge}, refused whole. Inside a segment, {@code <bpt>}, {@code <ept>},
 * {@code <ph>}, {@code <it>} and {@code <ut>} are inline codes whose content is their native markup; {@code <hi>}
 * is read through; {@code <sub>} (text of an attribute) is skipped. The stream is consumed but not closed.
 */
public final class TmxReader {

    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");
    private static final Pattern BARE_TMX_DOCTYPE =
            Pattern.compile("<!DOCTYPE\\s+tmx\\s+SYSTEM\\s+[\"']tmx1[0-9]*\\.dtd[\"']\\s*>");

    private final long maxBytes;

    public TmxReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ReceivedMemory read(InputStream in) {
        // the StAX reader wraps what a read throws in an exception of its own: the stream remembers why it failed
        LimitedInput bounded = new LimitedInput(in, maxBytes, limit -> {
            throw new IOException("more than " + limit + " bytes");
        });
        XMLStreamReader xml = null;
        try {
            xml = HardenedXml.factory().createXMLStreamReader(bounded);
            return document(xml);
        } catch (XMLStreamException e) {
            if (bounded.passed()) {
                throw new TmxTooLarge(maxBytes);
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new TmxUnreadable(TmxUnreadable.Reason.NOT_WELL_FORMED, Math.max(line, 0));
        } catch (IllegalStateException | IllegalArgumentException | NoSuchElementException e) {
            // The JDK's reader reports some malformations (and a failed read) as unchecked exceptions.
            if (bounded.passed()) {
                throw new TmxTooLarge(maxBytes);
            }
            throw new TmxUnreadable(TmxUnreadable.Reason.NOT_WELL_FORMED, 0);
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

    private static ReceivedMemory document(XMLStreamReader xml) throws XMLStreamException {
        List<ReceivedMemory.Tu> units = new ArrayList<>();
        boolean root = true;
        while (xml.hasNext()) {
            int event = next(xml);
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (root) {
                root = false;
                String namespace = xml.getNamespaceURI();
                if (!xml.getLocalName().equals("tmx") || namespace != null && !namespace.isEmpty()) {
                    throw new TmxUnreadable(TmxUnreadable.Reason.NOT_TMX, HardenedXml.line(xml));
                }
                if (!HardenedXml.attribute(xml, "version").orElse("").equals("1.4")) {
                    throw new TmxUnreadable(TmxUnreadable.Reason.VERSION, HardenedXml.line(xml));
                }
            } else if (xml.getLocalName().equals("tu")) {
                String place = "#" + (units.size() + 1);
                units.add(tu(
                        xml,
                        HardenedXml.attribute(xml, "tuid")
                                .filter(tuid -> !tuid.isBlank())
                                .orElse(place)));
            }
        }
        return new ReceivedMemory(units);
    }

    private static ReceivedMemory.Tu tu(XMLStreamReader xml, String id) throws XMLStreamException {
        Map<String, ReceivedMemory.Segment> segments = new LinkedHashMap<>();
        String language = "";
        int depth = 1;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (xml.getLocalName().equals("tuv")) {
                    language = HardenedXml.attribute(xml, "lang")
                            .orElse("")
                            .strip()
                            .toLowerCase(Locale.ROOT);
                } else if (xml.getLocalName().equals("seg")) {
                    segments.putIfAbsent(language, segment(xml));
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new ReceivedMemory.Tu(id, segments);
    }

    /** A segment's words and HTML; returns at its end tag. */
    private static ReceivedMemory.Segment segment(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder words = new StringBuilder();
        StringBuilder html = new StringBuilder();
        boolean coded = false;
        int depth = 1;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                words.append(xml.getText());
                html.append(Entities.escape(xml.getText()));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (CODES.contains(name)) {
                    coded = true;
                    html.append(nativeCode(xml));
                } else if (name.equals("hi")) {
                    depth++;
                } else {
                    skip(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new ReceivedMemory.Segment(words.toString(), html.toString(), coded);
    }

    /** A code's native markup: its text, sub-flows left out; returns at its end tag. */
    private static String nativeCode(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder code = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                code.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return code.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD && !isBareTmxDoctype(xml.getText())
                || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new TmxUnreadable(TmxUnreadable.Reason.DOCTYPE, HardenedXml.line(xml));
        }
        return event;
    }

    /**
     * Whether a DOCTYPE only names the TMX DTD, as the translate-toolkit and older CAT tools write it
     * ({@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}): no internal subset, so it declares no entity, and the DTD is
     * never read (the reader processes no DTD and fetches nothing). Any other DOCTYPE refuses the file.
     */
    private static boolean isBareTmxDoctype(String doctype) {
        return BARE_TMX_DOCTYPE.matcher(doctype.strip()).matches();
    }
}
