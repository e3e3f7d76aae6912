package org.bulletincms.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bulletincms.delivery.DeliveryShapes;
import org.bulletincms.delivery.PublishedIssues;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.web.concurrency.Versions;
import org.bulletincms.web.problem.Problem;
import org.bulletincms.web.request.QueryParameters;
import org.bulletincms.workflow.PublishedEdition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An Atom feed (RFC 4287) per publication and locale: the latest published issues, newest first, each entry
 * linking to the issue in the delivery API. A correction updates its entry (same id, later {@code updated}).
 */
@Path("delivery/v1/publications/{slug}/feed.atom")
@RequestScoped
@Transactional
@Tag(name = "delivery")
public class FeedResource {

    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;

    @Inject
    PublicationRepository publications;

    @Inject
    PublishedIssues published;

    @Context
    UriInfo uri;

    @Inject
    ConfiguredPublicBaseUrl publicBaseUrl;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the publication's published issues in one locale")
    @APIResponse(
            responseCode = "200",
            description = "An Atom 1.0 feed (RFC 4287) of the latest issues",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "An unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "404",
            description = "No such publication, or nothing published in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response feed(@PathParam("slug") String slug) throws XMLStreamException {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        Publication publication = publications
                .bySlug(slug)
                .filter(p -> published.hasPublished(p.id()))
                .orElseThrow(NotFoundException::new);
        LocaleChoice choice = LocaleChoice.of(
                Optional.ofNullable(uri.getQueryParameters().getFirst("locale")),
                AcceptLanguage.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                publication.locales().all(),
                publication.locales().source());
        List<PublishedEdition> editions = published.latest(publication.id(), 0, ENTRIES);
        String base = publicBaseUrl.get().toString();
        String self = publicBaseUrl
                .get()
                .resolve("/api/delivery/v1/publications/" + slug + "/feed.atom?locale="
                        + choice.served().value());
        String xml = atom(publication, choice, editions, base, self);
        EntityTag etag = Versions.tag(xml);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(DeliveryResource.LATEST_MAX_AGE_SECONDS);
        cache.setNoTransform(false);
        Response.ResponseBuilder response =
                notModified != null ? notModified : Response.ok(xml, ATOM + ";charset=UTF-8");
        return response.tag(etag)
                .cacheControl(cache)
                .header(HttpHeaders.VARY, "Accept-Language")
                .header(HttpHeaders.CONTENT_LANGUAGE, choice.served().value())
                .build();
    }

    private static String atom(
            Publication publication, LocaleChoice choice, List<PublishedEdition> editions, String base, String self)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        xml.writeAttribute("xml:lang", choice.served().value());
        element(
                xml,
                "id",
                "urn:uuid:" + publication.id() + ":" + choice.served().value());
        element(
                xml,
                "title",
                publication
                        .title()
                        .in(choice.served())
                        .or(() -> publication.title().in(publication.locales().source()))
                        .orElse(publication.slug().value()));
        publication.tagline().in(choice.served()).ifPresent(tagline -> element(xml, "subtitle", tagline));
        Instant updated = editions.stream()
                .map(PublishedEdition::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        element(xml, "updated", updated.toString());
        link(xml, "self", self, "application/atom+xml");
        xml.writeStartElement("author");
        element(xml, "name", publication.publisher().orElse(publication.slug().value()));
        xml.writeEndElement();
        for (PublishedEdition edition : editions) {
            JsonObject snapshot = DeliveryShapes.parse(edition.snapshot());
            JsonObject locale = snapshot.getJsonObject("locales")
                    .getJsonObject(choice.served().value());
            String href =
                    base + "/api/delivery/v1/publications/" + publication.slug().value() + "/issues/"
                            + edition.number().year() + "/" + edition.number().numberInYear() + "?locale="
                            + choice.served().value();
            xml.writeStartElement("entry");
            element(xml, "id", "urn:uuid:" + edition.issueId());
            element(
                    xml,
                    "title",
                    locale.getString("label") + (locale.containsKey("title") ? " " + locale.getString("title") : ""));
            element(xml, "updated", edition.publishedAt().toString());
            element(xml, "published", edition.publishedAt().toString());
            link(xml, "alternate", href, "application/json");
            StringBuilder summary = new StringBuilder();
            for (JsonValue rubric : locale.getJsonArray("contents")) {
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
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
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
