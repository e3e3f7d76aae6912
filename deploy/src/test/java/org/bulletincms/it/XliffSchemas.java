package org.bulletincms.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OASIS XLIFF 2.1 and 1.2 schemas our exports are checked against, read from the test resources only (nothing is
 * fetched from a URL: every import is answered from {@code xliff-schemas/}).
 *
 * <p>Where they come from: Maven Central's {@code net.sf.okapi.lib:okapi-lib-xliff2:1.48.0} jar (Okapi's XLIFF 2
 * toolkit), copied unchanged with their OASIS copyright headers:
 * <ul>
 * <li>{@code xliff-schemas/2.1/xliff_core_2.0.xsd} from {@code net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd}
 * (XLIFF Version 2.1, Committee Specification Draft 01, the core's namespace is still
 * {@code urn:oasis:names:tc:xliff:document:2.0});</li>
 * <li>{@code xliff-schemas/2.1/modules/metadata.xsd} and {@code modules/matches.xsd} from
 * {@code net/sf/okapi/lib/xliff2/modules/} (the metadata module {@code mda} holding the source fingerprint, the
 * translation candidates module {@code mtc} holding the memory's matches);</li>
 * <li>{@code xliff-schemas/2.1/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd} from
 * {@code net/sf/okapi/lib/xliff2/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd} (the W3C's, for
 * {@code xml:space} and {@code xml:lang}).</li>
 * </ul>
 * And from Maven Central's {@code net.sf.okapi.lib:okapi-lib-verification:1.48.0} jar (Okapi's quality checks),
 * copied unchanged: {@code xliff-schemas/1.2/xliff-core-1.2-strict.xsd} from
 * {@code net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd}, OASIS's strict XLIFF 1.2 schema (the transitional
 * one also admits deprecated elements and attributes; an export has no reason to use them). It imports the same W3C
 * {@code xml.xsd}, byte for byte the copy above.
 */
final class XliffSchemas {

    private static final String BASE = "/xliff-schemas/2.1/";

    private static final String XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2";

    /** Each namespace the schemas import, and the resource that declares it. */
    private static final Map<String, String> BY_NAMESPACE = Map.of(
            XLIFF_12,
            "/xliff-schemas/1.2/xliff-core-1.2-strict.xsd",
            "urn:oasis:names:tc:xliff:document:2.0",
            BASE + "xliff_core_2.0.xsd",
            "urn:oasis:names:tc:xliff:metadata:2.0",
            BASE + "modules/metadata.xsd",
            "urn:oasis:names:tc:xliff:matches:2.0",
            BASE + "modules/matches.xsd",
            XMLConstants.XML_NS_URI,
            BASE + "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd");

    private XliffSchemas() {}

    /** Every violation of the XLIFF 2.1 core, metadata and matches schemas in the document; empty when it is valid. */
    static List<String> violationsOf21(String xliff) {
        return violations(schema21(), xliff);
    }

    /** Every violation of the strict XLIFF 1.2 schema in the document; empty when it is valid. */
    static List<String> violationsOf12(String xliff) {
        return violations(schema(XLIFF_12), xliff);
    }

    private static List<String> violations(Schema schema, String xliff) {
        List<String> violations = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // a warning is not a violation
            }

            @Override
            public void error(SAXParseException e) {
                violations.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                violations.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xliff)));
        } catch (SAXException e) {
            violations.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    private static Schema schema21() {
        return schema(
                "urn:oasis:names:tc:xliff:document:2.0",
                "urn:oasis:names:tc:xliff:metadata:2.0",
                "urn:oasis:names:tc:xliff:matches:2.0");
    }

    private static Schema schema(String... namespaces) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new FromResources());
        Source[] sources = new Source[namespaces.length];
        for (int i = 0; i < namespaces.length; i++) {
            sources[i] = source(BY_NAMESPACE.get(namespaces[i]));
        }
        try {
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("the XLIFF schemas in the test resources do not load", e);
        }
    }

    private static Source source(String resource) {
        URL url = XliffSchemas.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return new StreamSource(url.toExternalForm());
    }

    /** Answers every import from the test resources by its namespace; never a URL. */
    private static final class FromResources implements LSResourceResolver {
        @Override
        public LSInput resolveResource(
                String type, String namespace, String publicId, String systemId, String baseUri) {
            String resource = BY_NAMESPACE.get(namespace);
            if (resource == null) {
                throw new IllegalStateException("the schemas import " + namespace + " (" + systemId + ")");
            }
            URL url = XliffSchemas.class.getResource(resource);
            return new Input(url.toExternalForm(), publicId);
        }
    }

    /** A schema document by its system id, which the factory opens itself. */
    private record Input(String systemId, String publicId) implements LSInput {
        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {}

        @Override
        public InputStream getByteStream() {
            try {
                return new URL(systemId).openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
