package org.bulletincms.delivery;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * embedded fonts are used ({@link PrintFonts}); nothing is fetched from the network or the disk while laying out.
 * A picture of an item is embedded from its renditions' bytes ({@link PrintPictures}): the narrowest at least
 * {@value #PRINT_PIXELS} pixels wide (about 170 mm at 150 dpi), else the widest; any other image the page names by
 * URL is left out, its {@code alt} kept in the structure.
 *
 * <p>Takes about a second of CPU for a seed issue: made by a job after the publish commit ({@link PrintJobs}), not
 * in the publishing transaction.
 */
public final class PrintEdition {

    /** The print stylesheet, a resource beside this class. */
    static final String STYLESHEET = "print.css";

    /** The width of the rendition a picture is printed from. */
    static final int PRINT_PIXELS = 1024;

    /** A rendition's name in its URL: the SHA-256 of its bytes and its extension. */
    private static final Pattern RENDITION = Pattern.compile("[0-9a-f]{64}\\.(jpg|png|gif)");

    /** The media type sent in {@code Content-Type}. */
    public static final String MEDIA_TYPE = "application/pdf";

    private static final String CSS = stylesheet();

    static {
        LayoutLog.install();
    }

    private PrintEdition() {}

    /** The PDF of a web page made by {@link WebEditionPage} (UTF-8), its pictures embedded from {@code pictures}. */
    public static byte[] of(byte[] webPage, PrintPictures pictures) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        PrintFonts.addTo(builder);
        // Nothing outside the document: no image, style sheet or font is loaded from a URL the page names; the
        // pictures embedded below are data: URIs.
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri.startsWith("data:image/"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        Document page = forPrint(webPage);
        embedPictures(page, pictures);
        builder.withW3cDocument(new W3CDom().fromJsoup(page), null);
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

    /**
     * Each item's picture as a {@code data:} URI of the rendition to print, read by its name from the picture's
     * {@code srcset}; a picture whose bytes cannot be had keeps its address, which the layout does not load.
     */
    static void embedPictures(Document page, PrintPictures pictures) {
        for (Element img : page.select("figure.picture img[srcset]")) {
            printed(img.attr("srcset"))
                    .flatMap(name -> pictures.bytes(name).map(bytes -> dataUri(name, bytes)))
                    .ifPresent(uri -> {
                        img.attr("src", uri);
                        img.removeAttr("srcset").removeAttr("sizes").removeAttr("loading");
                    });
        }
    }

    /** The file name of the rendition to print, from a srcset {@code "<url> 320w, <url> 640w, …"}. */
    private static Optional<String> printed(String srcset) {
        record Candidate(String name, int width) {}
        List<Candidate> candidates = new ArrayList<>();
        for (String entry : srcset.split(",")) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length != 2 || !parts[1].matches("[0-9]{1,5}w")) {
                continue;
            }
            String name = parts[0].substring(parts[0].lastIndexOf('/') + 1);
            if (RENDITION.matcher(name).matches()) {
                candidates.add(new Candidate(name, Integer.parseInt(parts[1].substring(0, parts[1].length() - 1))));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::width));
        return candidates.stream()
                .filter(candidate -> candidate.width() >= PRINT_PIXELS)
                .findFirst()
                .or(() -> candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() - 1)))
                .map(Candidate::name);
    }

    private static String dataUri(String name, byte[] bytes) {
        String type = switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            default -> "image/jpeg";
        };
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
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
