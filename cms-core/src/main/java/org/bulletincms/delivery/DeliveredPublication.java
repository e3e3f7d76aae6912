package org.bulletincms.delivery;

import java.util.List;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;

/** What the delivery API needs of a publication to find its documents: its id and the locales it offers. */
public record DeliveredPublication(UUID id, String slug, List<LocaleTag> locales, LocaleTag source) {

    public DeliveredPublication {
        locales = List.copyOf(locales);
    }

    static DeliveredPublication of(Publication publication) {
        return new DeliveredPublication(
                publication.id(),
                publication.slug().value(),
                publication.locales().all(),
                publication.locales().source());
    }
}
