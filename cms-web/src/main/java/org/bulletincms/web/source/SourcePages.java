package org.bulletincms.web.source;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.source.ExtractedPage;
import org.bulletincms.source.ExtractedText;
import org.bulletincms.source.Paragraph;
import org.bulletincms.source.SourceHit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The source-report API's lists and texts (docs/sources.md). A page number or a language that is unknown is written
 * as {@code null}, not left out: clients have always been given the property.
 */
public final class SourcePages {

    private SourcePages() {}

    /** Source reports, newest first, with the upload limit. */
    @Schema(name = "SourceList", description = "Source reports, newest first, and the upload limit.")
    @JsonbPropertyOrder({"sources", "page", "size", "total", "limits"})
    public record Listing(
            @Schema(required = true) List<SourceView> sources,

            @Schema(required = true, description = "1-based")
            int page,

            @Schema(required = true) int size,
            @Schema(required = true) long total,
            @Schema(required = true) Limits limits) {}

    /** What a client may upload. */
    @Schema(name = "SourceLimits", description = "What a client may upload.")
    public record Limits(
            @Schema(required = true, description = "cms.sources.max-upload-bytes")
            long maxUploadBytes) {}

    /** The sources linked to an item. */
    @Schema(name = "ItemSources", description = "The sources linked to the item.")
    public record OfItem(@Schema(required = true) List<SourceView> sources) {}

    /** A page of search hits in the extracted text, best first. */
    @Schema(name = "SourceSearchPage", description = "Pages of source reports that match, best first.")
    @JsonbPropertyOrder({"q", "page", "size", "total", "hits"})
    public record Search(
            @Schema(required = true, description = "The query as searched (trimmed)")
            String q,

            @Schema(required = true, description = "1-based")
            int page,

            @Schema(required = true) int size,
            @Schema(required = true) long total,
            @Schema(required = true) List<Hit> hits) {}

    /** One page of a source that matches, with a plain-text snippet. */
    @Schema(name = "SourceSearchHit", description = "A page of a source report that matches.")
    @JsonbPropertyOrder({"source", "page", "snippet"})
    public record Hit(
            @Schema(required = true) HitSource source,

            @JsonbNillable @Schema(required = true, description = "The page, null when the text has none")
            Optional<Integer> page,

            @Schema(required = true, description = "Plain text around the match")
            String snippet) {

        static Hit of(SourceHit hit) {
            return new Hit(
                    new HitSource(hit.source(), hit.filename(), hit.mediaType()),
                    hit.page().isPresent() ? Optional.of(hit.page().getAsInt()) : Optional.empty(),
                    hit.snippet());
        }
    }

    /** The source a hit is in. */
    @Schema(name = "SourceSearchHitSource", description = "The source report a hit is in.")
    @JsonbPropertyOrder({"id", "filename", "mediaType"})
    public record HitSource(
            @Schema(required = true) UUID id,
            @Schema(required = true) String filename,
            @Schema(required = true) String mediaType) {}

    /** The extracted text of a source, page by page. */
    @Schema(name = "SourceText", description = "The extracted text, page by page, each paragraph with its language.")
    @JsonbPropertyOrder({"source", "paged", "languages", "pages"})
    public record Text(
            @Schema(required = true) UUID source,
            @Schema(required = true) boolean paged,
            @Schema(required = true) List<String> languages,
            @Schema(required = true) List<Page> pages) {

        static Text of(UUID source, ExtractedText text) {
            return new Text(
                    source,
                    text.paged(),
                    text.languages(),
                    text.pages().stream().map(Page::of).toList());
        }
    }

    /** One page of extracted text. */
    @Schema(name = "SourceTextPage", description = "A page of extracted text.")
    @JsonbPropertyOrder({"number", "paragraphs"})
    public record Page(
            @JsonbNillable @Schema(required = true, description = "null when the text has no pages")
            Optional<Integer> number,

            @Schema(required = true) List<TextParagraph> paragraphs) {

        static Page of(ExtractedPage page) {
            return new Page(
                    page.number().isPresent() ? Optional.of(page.number().getAsInt()) : Optional.empty(),
                    page.paragraphs().stream().map(TextParagraph::of).toList());
        }
    }

    /** One paragraph and the language it is in. */
    @Schema(name = "SourceTextParagraph", description = "A paragraph and its language.")
    @JsonbPropertyOrder({"text", "language"})
    public record TextParagraph(
            @Schema(required = true) String text,

            @JsonbNillable @Schema(required = true, description = "null when too short to tell")
            Optional<String> language) {

        static TextParagraph of(Paragraph paragraph) {
            return new TextParagraph(paragraph.text(), paragraph.language());
        }
    }
}
