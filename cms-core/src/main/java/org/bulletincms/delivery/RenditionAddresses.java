package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.media.MediaImageView;
import org.bulletincms.media.MediaLibrary;
import org.bulletincms.media.RenditionFile;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.spi.Picture;

/**
 * Pictures as editions show them: each rendition at its absolute, content-hashed address under
 * {@code cms.public-base-url} ({@value #RENDITIONS}{@code <sha256>.<extension>}), which the delivery API serves
 * immutable. An edition keeps the addresses it was published with; they name bytes, so they stay right.
 */
@ApplicationScoped
public class RenditionAddresses implements ServedPictures {

    /** Where the delivery API serves renditions. */
    public static final String RENDITIONS = "/api/delivery/v1/media/";

    /** The widest rendition a plain {@code <img src>} gets: enough for a column, without a 2048-pixel download. */
    static final int PLAIN_SRC_MAX_WIDTH = 1024;

    @Inject
    MediaLibrary media;

    @Inject
    ConfiguredPublicBaseUrl baseUrl;

    @Override
    public Optional<Picture.Source> source(UUID publicationId, UUID mediaId) {
        return media.find(publicationId, mediaId).map(this::source);
    }

    private Picture.Source source(MediaImageView image) {
        PublicBaseUrl base = baseUrl.get();
        List<Picture.Rendition> renditions = image.renditions().stream()
                .map(rendition -> new Picture.Rendition(url(base, rendition), rendition.width(), rendition.height()))
                .toList();
        Picture.Rendition plain = renditions.stream()
                .filter(rendition -> rendition.width() <= PLAIN_SRC_MAX_WIDTH)
                .reduce((narrower, wider) -> wider)
                .orElse(renditions.get(0));
        return new Picture.Source(
                plain.url(),
                renditions.stream()
                        .map(rendition -> rendition.url() + " " + rendition.width() + "w")
                        .collect(Collectors.joining(", ")),
                image.width(),
                image.height(),
                renditions);
    }

    private static String url(PublicBaseUrl base, RenditionFile rendition) {
        return base.resolve(RENDITIONS + rendition.fileName());
    }
}
