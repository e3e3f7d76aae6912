package org.bulletincms.source;

/** What the isolated parser made of one file: its XHTML and metadata, or why there is none. */
public sealed interface ParseOutcome {

    /**
     * @param xhtml     the text as Tika's XHTML ({@code <div class="page">} per page of a paged format)
     * @param mediaType the parser's own reading of the type, closer than the upload's (e.g. DOC rather than
     *                  "some OLE2 file")
     */
    record Parsed(String xhtml, String mediaType, DocumentMetadata metadata) implements ParseOutcome {}

    record Failed(FailureReason reason, String detail) implements ParseOutcome {}
}
