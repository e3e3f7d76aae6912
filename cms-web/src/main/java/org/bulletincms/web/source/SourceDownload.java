package org.bulletincms.web.source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.bulletincms.source.SourceReport;
import org.bulletincms.source.SourceType;

/**
 * How an original is offered back: always as an attachment, never rendered from the application's origin. Types a
 * browser would run as a page (HTML, XHTML) are sent as opaque bytes; the rest keep their own type, with
 * {@code nosniff} so a browser never guesses otherwise, and a {@code sandbox} CSP in case one renders anyway.
 */
final class SourceDownload {

    private static final Set<String> ACTIVE = Set.of(SourceType.HTML.mediaType(), SourceType.XHTML.mediaType());

    private SourceDownload() {}

    static String contentType(SourceReport source) {
        if (ACTIVE.contains(source.mediaType())) {
            return "application/octet-stream";
        }
        return source.mediaType().equals(SourceType.TEXT.mediaType())
                ? "text/plain; charset=UTF-8"
                : source.mediaType();
    }

    /** RFC 6266: an ASCII fallback name and the real one in RFC 5987 encoding (Chinese names survive). */
    static String contentDisposition(SourceReport source) {
        String name = source.filename();
        StringBuilder ascii = new StringBuilder();
        name.codePoints()
                .forEach(
                        c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
