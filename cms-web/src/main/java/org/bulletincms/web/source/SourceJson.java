package org.bulletincms.web.source;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.bulletincms.account.Accounts;
import org.bulletincms.source.DocumentMetadata;
import org.bulletincms.source.ExtractedPage;
import org.bulletincms.source.ExtractedText;
import org.bulletincms.source.ExtractionStatus;
import org.bulletincms.source.Paragraph;
import org.bulletincms.source.SourceDocument;
import org.bulletincms.source.SourceHit;

/** The JSON shapes of the source-report API (docs/sources.md). */
final class SourceJson {

    private SourceJson() {}

    static JsonObject source(SourceDocument source, boolean duplicate, Accounts accounts) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", source.id().toString())
                .add("filename", source.filename().value())
                .add("mediaType", source.mediaType())
                .add("size", source.size())
                .add("sha256", source.sha256())
                .add("uploadedBy", accounts.shownName(source.uploadedBy()))
                .add("uploadedAt", source.uploadedAt().toString())
                .add("status", source.status().code())
                .add("progress", source.progress())
                .add("attempts", source.attempts())
                .add("duplicate", duplicate);
        if (source.status() == ExtractionStatus.FAILED) {
            json.add(
                    "failure",
                    Json.createObjectBuilder()
                            .add("reason", source.failureReason().orElse("unknown"))
                            .add("detail", source.failureDetail().orElse("")));
        }
        if (source.status() == ExtractionStatus.DONE) {
            json.add("metadata", metadata(source.metadata()));
            json.add("languages", Json.createArrayBuilder(source.languages()));
            json.add("paged", source.paged());
        }
        source.extractedAt().ifPresent(at -> json.add("extractedAt", at.toString()));
        source.missingOriginal()
                .ifPresent(missing -> json.add(
                        "originalMissing",
                        Json.createObjectBuilder()
                                .add("reason", missing.reason().code())
                                .add("since", missing.since().toString())));
        return json.build();
    }

    static JsonObject source(SourceDocument source, Accounts accounts) {
        return source(source, false, accounts);
    }

    private static JsonObjectBuilder metadata(DocumentMetadata metadata) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        metadata.title().ifPresent(v -> json.add("title", v));
        metadata.author().ifPresent(v -> json.add("author", v));
        metadata.created().ifPresent(v -> json.add("created", v));
        metadata.modified().ifPresent(v -> json.add("modified", v));
        metadata.pageCount().ifPresent(v -> json.add("pageCount", v));
        return json;
    }

    static JsonObject text(SourceDocument source, ExtractedText text) {
        JsonArrayBuilder pages = Json.createArrayBuilder();
        for (ExtractedPage page : text.pages()) {
            JsonArrayBuilder paragraphs = Json.createArrayBuilder();
            for (Paragraph paragraph : page.paragraphs()) {
                JsonObjectBuilder p = Json.createObjectBuilder().add("text", paragraph.text());
                paragraph.language().ifPresentOrElse(l -> p.add("language", l), () -> p.addNull("language"));
                paragraphs.add(p);
            }
            JsonObjectBuilder json = Json.createObjectBuilder();
            page.number().ifPresentOrElse(n -> json.add("number", n), () -> json.addNull("number"));
            pages.add(json.add("paragraphs", paragraphs));
        }
        return Json.createObjectBuilder()
                .add("source", source.id().toString())
                .add("paged", text.paged())
                .add("languages", Json.createArrayBuilder(text.languages()))
                .add("pages", pages)
                .build();
    }

    static JsonObject hit(SourceHit hit) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("id", hit.source().id().toString())
                                .add("filename", hit.source().filename().value())
                                .add("mediaType", hit.source().mediaType()));
        hit.page().ifPresentOrElse(n -> json.add("page", n), () -> json.addNull("page"));
        return json.add("snippet", hit.snippet()).build();
    }
}
