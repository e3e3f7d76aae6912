package org.bulletincms.delivery;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The print PDF of an edition in one locale: its web page ({@link WebEditionPage}) laid out on A4 by openhtmltopdf
 * with a print stylesheet ({@value #STYLESHEET}) instead of the web one. So the PDF shows exactly what the web page
 * shows, items written by their section types' renderers, and adds only what paper needs: the masthead as a
 * cover, the contents with page numbers ({@code target-counter}), the issue label on top of every page after the
 * cover and the page number below it.
 *
 * <p>Tagged (PDF/UA): structure from the HTML, title from {@code <title>}, language from {@code <html lang>}. Only
 * embedded fonts are used ({@link PrintFonts}); nothing is fetched from the network or the disk while laying out
 * (an image the page names by URL is left out, its {@code alt} kept in the structure).
 *
 * <p>Takes about a second of CPU for a seed issue: made by a job after the publish commit ({@link PrintJobs}), not
 * in the publishing transaction.
 */
public final class PrintEdition {

    /** The print stylesheet, a resource beside this class. */
    static final String STYLESHEET = "print.css";

    /** The media type sent in {@code Content-Type}. */
    public static final String MEDIA_TYPE = "application/pdf";

    private static final String CSS = stylesheet();

    static {
        LayoutLog.install();
    }

    private PrintEdition() {}

    /** The PDF of a web page made by {@link WebEditionPage} (UTF-8). */
    public static byte[] of(byte[] webPage) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        PrintFonts.addTo(builder);
        // Nothing outside the document: no image, style sheet or font is loaded from a URL the page names.
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withW3cDocument(new W3CDom().fromJsoup(forPrint(webPage)), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the print edition", e);
        }
        return IdeographTextMap.of(pdf.toByteArray());
    }

    /**
     * The web page with the print stylesheet in place of the web one and the issue label once more, as the running
     * header (a running element leaves the flow, so the cover keeps its own label).
     */
    static Document forPrint(byte[] webPage) {
        Document page = Jsoup.parse(new String(webPage, StandardCharsets.UTF_8));
        page.head().select("link[rel=stylesheet]").remove();
        page.head().appendElement("style").appendChild(new DataNode(CSS));
        Element label = page.selectFirst("header.masthead .label");
        if (label != null) {
            page.body().prependElement("div").addClass("running-label").text(label.text());
        }
        return page;
    }

    private static String stylesheet() {
        try (InputStream css = PrintEdition.class.getResourceAsStream(STYLESHEET)) {
            if (css == null) {
                throw new IllegalStateException("the print stylesheet " + STYLESHEET + " is not on the class path");
            }
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the print stylesheet", e);
        }
    }
}
