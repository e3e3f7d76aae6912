package org.bulletincms.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.workflow.PublishedEdition;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feed put together from entries compiled one per edition: valid Atom, entries in order, in its namespace. */
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final PublicBaseUrl BASE = PublicBaseUrl.of("https://bulletin.example.org");

    private final Publication publication = SampleEdition.publication();
    private final PublishedEdition edition = SampleEdition.edition(publication);

    @Test
    void anEntryNamesTheIssueItsLabelItsItemsAndTheCorrectionNote() throws Exception {
        String entry = AtomFeed.entry(publication, SampleEdition.ZH, edition, SampleEdition.snapshot(), BASE)
                .orElseThrow();
        Element parsed = parse(feed(List.of(entry))).getDocumentElement();
        Element only = (Element) parsed.getElementsByTagNameNS(ATOM, "entry").item(0);

        assertEquals("urn:uuid:" + edition.issueId(), text(only, "id"));
        assertTrue(text(only, "title").startsWith("2024年第2期"), text(only, "title"));
        assertEquals("2024-07-15T08:00:00Z", text(only, "updated"));
        assertTrue(text(only, "summary").startsWith("更正了活动日期。\n"), text(only, "summary"));
        assertEquals(
                "https://bulletin.example.org/api/delivery/v1/publications/spp-newsletter/issues/2024/2?locale=zh-CN",
                ((Element) only.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
    }

    @Test
    void theFeedListsTheGivenEntriesInTheirOrderInTheAtomNamespace() throws Exception {
        String entry = AtomFeed.entry(publication, SampleEdition.EN, edition, SampleEdition.snapshot(), BASE)
                .orElseThrow();
        String other = entry.replace("urn:uuid:" + edition.issueId(), "urn:uuid:other");
        Document feed = parse(feed(List.of(other, entry)));

        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        assertEquals("urn:uuid:other", text((Element) entries.item(0), "id"));
        assertEquals("urn:uuid:" + edition.issueId(), text((Element) entries.item(1), "id"));
        assertEquals("2024-07-16T09:30:00.123456Z", text(feed.getDocumentElement(), "updated"));
    }

    @Test
    void anEditionWithoutTheLocaleHasNoEntry() {
        assertTrue(AtomFeed.entry(publication, LocaleTag.of("fr"), edition, SampleEdition.snapshot(), BASE)
                .isEmpty());
    }

    private String feed(List<String> entries) {
        return AtomFeed.of(
                publication, SampleEdition.ZH, entries, Instant.parse("2024-07-16T09:30:00.123456789Z"), BASE);
    }

    /** The feed's own {@code updated} comes first in document order, so the first match is the right one. */
    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
