package org.bulletincms.publication;

/** A second publication was started under a slug that another publication already has. */
public class PublicationSlugTaken extends RuntimeException {

    private final PublicationSlug slug;

    public PublicationSlugTaken(PublicationSlug slug) {
        super("another publication already uses the slug " + slug);
        this.slug = slug;
    }

    public PublicationSlug slug() {
        return slug;
    }
}
