package org.bulletincms.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;

/**
 * A bulletin series, e.g. the SPP Programme Newsletter (可持续公共采购计划简报): the thing whose issues
 * are numbered, translated and published. It decides which locales every issue is written in: one
 * source locale that editors write, and target locales that translators fill.
 */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 64)
    private String slug;

    @Column(nullable = false)
    private TextByLocale title;

    @Column(length = 200)
    private String publisher;

    @Column(name = "source_locale", nullable = false, length = 35)
    private String sourceLocale;

    /** Comma-separated BCP 47 tags; a handful at most, never queried by element. */
    @Column(name = "target_locales", nullable = false, length = 400)
    private String targetLocales;

    @Column(nullable = false, length = 2000)
    private TextByLocale tagline;

    @Embedded
    private ColophonDefaults colophon;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    private long version;

    protected Publication() {
        // for JPA
    }

    private Publication(
            PublicationSlug slug,
            TextByLocale title,
            Optional<String> publisher,
            PublicationLocales locales,
            String createdBy,
            Instant createdAt) {
        this.tagline = TextByLocale.empty();
        this.colophon = ColophonDefaults.none();
        this.id = UUID.randomUUID();
        this.slug = slug.value();
        this.title = title;
        this.publisher = publisher.orElse(null);
        this.sourceLocale = locales.source().value();
        this.targetLocales = String.join(
                ",", locales.targets().stream().map(LocaleTag::value).toList());
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Starts a new bulletin series; its title must be given at least in the source locale. */
    public static Publication start(
            PublicationSlug slug,
            TextByLocale title,
            Optional<String> publisher,
            PublicationLocales locales,
            String startedBy,
            Instant now) {
        if (title.in(locales.source()).isEmpty()) {
            throw new IllegalArgumentException("a publication needs a title in its source locale " + locales.source());
        }
        return new Publication(slug, title, publisher, locales, startedBy, now);
    }

    /**
     * Changes the title and publisher. The slug and the locales stay: front-end URLs and every stored
     * translation depend on them.
     */
    public void revise(TextByLocale newTitle, Optional<String> newPublisher) {
        if (newTitle.in(locales().source()).isEmpty()) {
            throw new IllegalArgumentException("a publication needs a title in its source locale "
                    + locales().source());
        }
        this.title = newTitle;
        this.publisher = newPublisher.orElse(null);
    }

    /** Sets the line under the masthead (e.g. {@code One planet, procure with care}) and the colophon defaults. */
    public void describe(TextByLocale newTagline, ColophonDefaults newColophon) {
        this.tagline = newTagline;
        this.colophon = newColophon;
    }

    public TextByLocale tagline() {
        return tagline;
    }

    /**
     * The tagline a reader of one locale sees: in that locale, else as it exists in another (a tagline may be in
     * one language only, "One planet, procure with care", and is then shown as it is, in its language).
     */
    public Optional<Tagline> tagline(LocaleTag locale) {
        return tagline.in(locale)
                .map(text -> new Tagline(text, locale))
                .or(() -> tagline.asMap().entrySet().stream()
                        .findFirst()
                        .map(entry -> new Tagline(entry.getValue(), entry.getKey())));
    }

    public ColophonDefaults colophon() {
        return colophon == null ? ColophonDefaults.none() : colophon;
    }

    public UUID id() {
        return id;
    }

    public PublicationSlug slug() {
        return new PublicationSlug(slug);
    }

    public TextByLocale title() {
        return title;
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    public PublicationLocales locales() {
        List<LocaleTag> targets = targetLocales.isEmpty()
                ? List.of()
                : Arrays.stream(targetLocales.split(",")).map(LocaleTag::of).toList();
        return new PublicationLocales(LocaleTag.of(sourceLocale), targets);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
