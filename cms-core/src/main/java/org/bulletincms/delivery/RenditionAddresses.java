package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.media.ImageCrop;
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
        PublicBaseUrl base = baseUrl.get();
        return media.find(publicationId, mediaId).map(image -> source(base, image, List.of()));
    }

    /** With the picture's crops around the focal point, made now if this is the first edition to want them. */
    @Override
    public Optional<Picture.Source> source(UUID publicationId, UUID mediaId, Picture.FocalPoint focalPoint) {
        PublicBaseUrl base = baseUrl.get();
        return media.find(publicationId, mediaId)
                .map(image -> source(
                        base,
                        image,
                        media.crops(publicationId, mediaId, focalPoint).stream()
                                .map(crop -> crop(base, crop))
                                .toList()));
    }

    private static Picture.Source source(PublicBaseUrl base, MediaImageView image, List<Picture.Crop> crops) {
        List<Picture.Rendition> renditions = renditions(base, image.renditions());
        return new Picture.Source(
                plain(renditions), srcset(renditions), image.width(), image.height(), renditions, crops);
    }

    private static Picture.Crop crop(PublicBaseUrl base, ImageCrop crop) {
        List<Picture.Rendition> renditions = renditions(base, crop.renditions());
        return new Picture.Crop(
                crop.ratio(), plain(renditions), srcset(renditions), crop.width(), crop.height(), renditions);
    }

    private static List<Picture.Rendition> renditions(PublicBaseUrl base, List<RenditionFile> files) {
        return files.stream()
                .map(rendition -> new Picture.Rendition(url(base, rendition), rendition.width(), rendition.height()))
                .toList();
    }

    private static String plain(List<Picture.Rendition> renditions) {
        return renditions.stream()
                .filter(rendition -> rendition.width() <= PLAIN_SRC_MAX_WIDTH)
                .reduce((narrower, wider) -> wider)
                .orElse(renditions.get(0))
                .url();
    }

    private static String srcset(List<Picture.Rendition> renditions) {
        return renditions.stream()
                .map(rendition -> rendition.url() + " " + rendition.width() + "w")
                .collect(Collectors.joining(", "));
    }

    private static String url(PublicBaseUrl base, RenditionFile rendition) {
        return base.resolve(RENDITIONS + rendition.fileName());
    }
}
