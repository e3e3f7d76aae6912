package org.bulletincms.media;

import java.util.List;
import org.bulletincms.spi.AspectRatio;

/**
 * A picture made safe to keep: {@code kept} is the picture upright and re-encoded without metadata, at its full
 * size; the renditions are made from it, narrowest first.
 */
public record ProcessedImage(ImageFormat format, Encoded kept, List<Encoded> renditions) {

    public ProcessedImage {
        renditions = List.copyOf(renditions);
    }

    /** One encoded picture: its bytes, format and size in pixels. */
    public record Encoded(byte[] bytes, ImageFormat format, int width, int height) {}

    /** A picture cut to a fixed shape: its renditions, narrowest first, each of that shape. */
    public record Cropped(AspectRatio ratio, FocalCrop region, List<Encoded> renditions) {

        public Cropped {
            renditions = List.copyOf(renditions);
        }
    }

    /** The bytes the picture and its renditions take together, what counts against the quota. */
    public long totalBytes() {
        return kept.bytes().length
                + renditions.stream().mapToLong(r -> r.bytes().length).sum();
    }
}
