package org.bulletincms.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.workflow.PublishedEdition;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * The searchable text of one published item in one locale of the latest edition of its issue: what the
 * delivery API serves for that item, as plain text. Written when an edition is published and replaced when
 * the next edition is; never edited.
 *
 * <p>Title and body are indexed twice, once per analyzer family ({@link SearchAnalysis}); a query uses the
 * family of the text's own language ({@link #language()}), so Chinese is matched by bigrams and English by
 * stems.
 */
@Entity
@Table(name = "published_text")
@Indexed(index = "published-text")
public class PublishedText {

    @Id
    private UUID id;

    @Column(name = "issue_id", nullable = false)
    private UUID issueId;

    @Column(name = "publication_id", nullable = false)
    private UUID publicationId;

    @KeywordField(name = "publication")
    @Column(name = "publication_slug", nullable = false, length = 64)
    private String publicationSlug;

    @Column(nullable = false)
    private int edition;

    @Column(name = "issue_year", nullable = false)
    private int year;

    @Column(name = "number_in_year", nullable = false)
    private int numberInYear;

    @Column(name = "cumulative_number", nullable = false)
    private int cumulativeNumber;

    @GenericField(name = "publishedAt", sortable = Sortable.YES)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "item_id", nullable = false)
    private UUID itemId;

    @KeywordField(name = "type")
    @Column(name = "item_type", nullable = false, length = 100)
    private String itemType;

    @KeywordField(name = "locale")
    @Column(nullable = false, length = 35)
    private String locale;

    @Column(name = "content_locale", nullable = false, length = 35)
    private String contentLocale;

    @KeywordField(name = "language")
    @Column(nullable = false, length = 8)
    private String language;

    @FullTextField(name = "title_zh", analyzer = SearchAnalysis.CHINESE)
    @FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH)
    @Column
    private String title;

    @FullTextField(name = "text_zh", analyzer = SearchAnalysis.CHINESE)
    @FullTextField(name = "text_en", analyzer = SearchAnalysis.ENGLISH)
    @Column(nullable = false)
    private String body;

    protected PublishedText() {
        // for JPA
    }

    PublishedText(PublishedEdition edition, String publicationSlug, ItemText text) {
        this.id = UUID.randomUUID();
        this.issueId = edition.issueId();
        this.publicationId = edition.publicationId();
        this.publicationSlug = publicationSlug;
        this.edition = edition.edition();
        this.year = edition.number().year();
        this.numberInYear = edition.number().numberInYear();
        this.cumulativeNumber = edition.number().cumulative();
        this.publishedAt = edition.publishedAt();
        this.itemId = text.itemId();
        this.itemType = text.type();
        this.locale = text.locale();
        this.contentLocale = text.contentLocale();
        this.language = SearchAnalysis.languageOf(text.contentLocale());
        this.title = text.title().orElse(null);
        this.body = text.body();
    }

    public UUID issueId() {
        return issueId;
    }

    public String publicationSlug() {
        return publicationSlug;
    }

    public int edition() {
        return edition;
    }

    public int year() {
        return year;
    }

    public int numberInYear() {
        return numberInYear;
    }

    public int cumulativeNumber() {
        return cumulativeNumber;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public UUID itemId() {
        return itemId;
    }

    public String itemType() {
        return itemType;
    }

    /** The locale the reader asked for. */
    public String locale() {
        return locale;
    }

    /** The locale the text is written in: {@link #locale()}, or the source locale where a translation is missing. */
    public String contentLocale() {
        return contentLocale;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public String body() {
        return body;
    }
}
