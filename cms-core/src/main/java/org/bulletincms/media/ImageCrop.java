package org.bulletincms.media;

import java.util.List;
import java.util.Objects;
import org.bulletincms.spi.AspectRatio;

/**
 * A picture cut to a fixed shape around a focus, as {@link MediaLibrary#crops} answers with it.
 *
 * @param ratio      its shape
 * @param width      the width of the part of the picture it shows, in the picture's pixels
 * @param height     the height of that part
 * @param renditions narrowest first, each of the crop's shape
 */
public record ImageCrop(AspectRatio ratio, int width, int height, List<RenditionFile> renditions) {

    public ImageCrop {
        Objects.requireNonNull(ratio, "ratio");
        renditions = List.copyOf(renditions);
    }
}
