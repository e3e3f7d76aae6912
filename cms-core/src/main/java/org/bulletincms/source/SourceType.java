package org.bulletincms.source;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file accepted as source reports, by the media type read from their bytes. The download offers a
 * file back with this media type, never the one the uploader claimed.
 */
public enum SourceType {
    PDF("application/pdf", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", true),
    ODT("application/vnd.oasis.opendocument.text", true),
    ODS("application/vnd.oasis.opendocument.spreadsheet", true),
    ODP("application/vnd.oasis.opendocument.presentation", true),
    DOC("application/msword", true),
    XLS("application/vnd.ms-excel", true),
    PPT("application/vnd.ms-powerpoint", true),
    /**
     * An Office 97–2003 file (OLE2 container) whose exact kind needs the Office parsers to tell; accepted at
     * upload, and the isolated parser's closer look must find {@link #DOC}, {@link #XLS} or {@link #PPT}.
     */
    LEGACY_OFFICE("application/x-tika-msoffice", false),
    RTF("application/rtf", true),
    HTML("text/html", true),
    XHTML("application/xhtml+xml", true),
    TEXT("text/plain", true);

    /**
     * The extensions that name a kind of document, and the types such a file may really have. A name with another
     * extension (or none) says nothing, and the bytes decide alone. Word has long saved RTF under {@code .doc}.
     */
    private static final Map<String, Set<SourceType>> NAMED = Map.ofEntries(
            Map.entry("pdf", Set.of(PDF)),
            Map.entry("docx", Set.of(DOCX)),
            Map.entry("xlsx", Set.of(XLSX)),
            Map.entry("pptx", Set.of(PPTX)),
            Map.entry("odt", Set.of(ODT)),
            Map.entry("ods", Set.of(ODS)),
            Map.entry("odp", Set.of(ODP)),
            Map.entry("doc", Set.of(DOC, LEGACY_OFFICE, RTF)),
            Map.entry("xls", Set.of(XLS, LEGACY_OFFICE)),
            Map.entry("ppt", Set.of(PPT, LEGACY_OFFICE)),
            Map.entry("rtf", Set.of(RTF)),
            Map.entry("html", Set.of(HTML, XHTML)),
            Map.entry("htm", Set.of(HTML, XHTML)),
            Map.entry("xhtml", Set.of(XHTML, HTML)),
            Map.entry("txt", Set.of(TEXT)));

    private final String mediaType;
    private final boolean conclusive;

    SourceType(String mediaType, boolean conclusive) {
        this.mediaType = mediaType;
        this.conclusive = conclusive;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the media type is final; if not, the parser's own detection decides (see {@link #LEGACY_OFFICE}). */
    public boolean conclusive() {
        return conclusive;
    }

    /**
     * Whether a file of this type may carry a name with this extension (lower case, without the dot): a name that
     * names another kind of document contradicts the bytes.
     */
    public boolean fitsExtension(String extension) {
        Set<SourceType> named = NAMED.get(extension);
        return named == null || named.contains(this);
    }

    /** The accepted type with this media type (parameters such as {@code charset} ignored). */
    public static Optional<SourceType> ofMediaType(String mediaType) {
        String bare = mediaType.split(";", 2)[0].trim();
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equalsIgnoreCase(bare))
                .findFirst();
    }
}
