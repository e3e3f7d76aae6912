package org.bulletincms.source;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.bulletincms.search.SearchAnalysis;
import org.bulletincms.spi.Json;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One page of a source's extracted text as stored and indexed. Sources mix Chinese and English on one page, so
 * the page's text is indexed with both analyzer families ({@link SearchAnalysis}) and a query is matched
 * against both. Written once when the extraction is done; never edited.
 */
@Entity
@Table(name = "source_page")
@Indexed(index = "source-text")
public class SourcePage {

    @Id
    private UUID id;

    @KeywordField(name = "source")
    @Column(name = "source_id", nullable = false)
    private UUID sourceId;

    @Column(name = "page_number")
    private Integer pageNumber;

    @Column(nullable = false)
    private int position;

    @FullTextField(name = "text_zh", analyzer = SearchAnalysis.CHINESE)
    @FullTextField(name = "text_en", analyzer = SearchAnalysis.ENGLISH)
    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String paragraphs;

    protected SourcePage() {
        // for JPA
    }

    SourcePage(UUID sourceId, int position, ExtractedPage page) {
        this.id = UUID.randomUUID();
        this.sourceId = sourceId;
        this.position = position;
        this.pageNumber =
                page.number().isPresent() ? Integer.valueOf(page.number().getAsInt()) : null;
        this.body = page.text();
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (Paragraph paragraph : page.paragraphs()) {
            var entry = Json.createObjectBuilder().add("text", paragraph.text());
            paragraph.language().ifPresent(l -> entry.add("language", l));
            json.add(entry);
        }
        this.paragraphs = json.build().toString();
    }

    public UUID sourceId() {
        return sourceId;
    }

    public OptionalInt number() {
        return pageNumber == null ? OptionalInt.empty() : OptionalInt.of(pageNumber);
    }

    public String text() {
        return body;
    }

    public ExtractedPage page() {
        try (JsonReader reader = Json.createReader(new StringReader(paragraphs))) {
            List<Paragraph> list = reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(p -> new Paragraph(p.getString("text"), Optional.ofNullable(p.getString("language", null))))
                    .toList();
            return new ExtractedPage(number(), list);
        }
    }
}
