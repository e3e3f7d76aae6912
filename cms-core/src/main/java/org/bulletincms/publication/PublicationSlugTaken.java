package org.bulletincms.publication;

import org.bulletincms.refusal.Refusal;

/** A second publication was started under a slug that another publication already has. */
public class PublicationSlugTaken extends Refusal {

    private final PublicationSlug slug;

    public PublicationSlugTaken(PublicationSlug slug) {
        super(
                "publication-slug-taken",
                Kind.CONFLICT,
                "another publication already uses the slug " + slug,
                slug.value());
        this.slug = slug;
    }

    public PublicationSlug slug() {
        return slug;
    }
}
