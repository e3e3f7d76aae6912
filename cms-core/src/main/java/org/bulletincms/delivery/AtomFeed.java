package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.workflow.PublishedEdition;

/**
 * The Atom feed (RFC 4287) of a publication in one locale: its latest published issues, newest first, each entry
 * linking to the issue in the delivery API. A correction updates its entry (same id, later {@code updated}).
 * Each edition's entry is compiled with the edition ({@link DocumentKind#FEED_ENTRY}) and the feed is put together
 * from the newest entries with the publication's lists, so a publication reads no snapshot but its own, and its
 * links come from the configured {@link PublicBaseUrl}, never from a request.
 */
final class AtomFeed {

    /** How many issues the feed lists. */
    static final int ENTRIES = 50;

    /** Looked up once: each newInstance() runs the JAXP factory lookup again, in WildFly through its modules. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private AtomFeed() {}

    /**
     * The feed's text from its entries ({@link #entry}), newest first, as compiled with each edition; written to a
     * string as it was when assembled per request, so its ETag is unchanged. {@code updated} is the latest time an
     * entry was published.
     */
    static String of(
            Publication publication, LocaleTag locale, List<String> entries, Instant updated, PublicBaseUrl base) {
        try {
            String slug = publication.slug().value();
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml:lang", locale.value());
            element(xml, "id", "urn:uuid:" + publication.id() + ":" + locale.value());
            element(
                    xml,
                    "title",
                    publication
                            .title()
                            .in(locale)
                            .or(() ->
                                    publication.title().in(publication.locales().source()))
                            .orElse(slug));
            publication.tagline().in(locale).ifPresent(tagline -> element(xml, "subtitle", tagline));
            element(xml, "updated", stamp(updated));
            link(
                    xml,
                    "self",
                    base.resolve("/api/delivery/v1/publications/" + slug + "/feed.atom?locale=" + locale.value()),
                    "application/atom+xml");
            xml.writeStartElement("author");
            element(xml, "name", publication.publisher().orElse(slug));
            xml.writeEndElement();
            // The entries are well-formed fragments this class wrote; they inherit the feed's default namespace.
            xml.flush();
            entries.forEach(out::write);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
    }

    /**
     * An edition's entry in the feed in one locale, an {@code <entry>} fragment compiled with the edition; none when
     * its snapshot lacks the locale (one added to the publication later).
     */
    static Optional<String> entry(
            Publication publication,
            LocaleTag locale,
            PublishedEdition edition,
            JsonObject snapshot,
            PublicBaseUrl base) {
        JsonObject localized = snapshot.getJsonObject("locales").getJsonObject(locale.value());
        if (localized == null) {
            return Optional.empty();
        }
        String href = base.resolve(
                "/api/delivery/v1/publications/" + publication.slug().value() + "/issues/"
                        + edition.number().year() + "/"
                        + edition.number().numberInYear() + "?locale="
                        + locale.value());
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            writeEntry(xml, edition, localized, href);
            xml.close();
            return Optional.of(out.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
    }

    private static void writeEntry(XMLStreamWriter xml, PublishedEdition edition, JsonObject localized, String href)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + edition.issueId());
        element(
                xml,
                "title",
                localized.getString("label")
                        + (localized.containsKey("title") ? " " + localized.getString("title") : ""));
        element(xml, "updated", stamp(edition.publishedAt()));
        element(xml, "published", stamp(edition.publishedAt()));
        link(xml, "alternate", href, "application/json");
        StringBuilder summary = new StringBuilder();
        for (JsonValue rubric : localized.getJsonArray("contents")) {
            for (JsonValue item : rubric.asJsonObject().getJsonArray("items")) {
                summary.append(item.asJsonObject().getString("title")).append('\n');
            }
        }
        edition.correctionNote().ifPresent(note -> summary.insert(0, note + "\n"));
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(summary.toString().strip());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * An instant as the database keeps it (microseconds): the edition just published is still in memory with the
     * clock's nanoseconds, and its entry must read the same when a later publication recompiles the feed.
     */
    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) {
        try {
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
