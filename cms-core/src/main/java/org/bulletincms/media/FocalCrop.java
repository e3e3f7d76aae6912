package org.bulletincms.media;

import org.bulletincms.spi.AspectRatio;

/**
 * The part of a picture a crop to a fixed shape shows: the largest region of that shape, placed so that the focus is
 * in its middle, moved back inside the picture where that would cross an edge. The focus is therefore always
 * inside the region: in its middle when it is far enough from the edges, towards the side of the nearest edge
 * otherwise.
 *
 * @param left   pixels from the picture's left edge
 * @param top    pixels from the picture's top edge
 * @param width  pixels
 * @param height pixels
 */
public record FocalCrop(int left, int top, int width, int height) {

    public static FocalCrop around(int pictureWidth, int pictureHeight, AspectRatio ratio, Focus focus) {
        if (pictureWidth <= 0 || pictureHeight <= 0) {
            throw new IllegalArgumentException("A picture has pixels, not " + pictureWidth + "x" + pictureHeight);
        }
        // wider than the shape: the full height and as much width as the shape allows; else the full width
        boolean wider = (long) pictureWidth * ratio.height() >= (long) pictureHeight * ratio.width();
        int width = wider
                ? clamp(Math.round((float) pictureHeight * ratio.width() / ratio.height()), 1, pictureWidth)
                : pictureWidth;
        int height = wider
                ? pictureHeight
                : clamp(Math.round((float) pictureWidth * ratio.height() / ratio.width()), 1, pictureHeight);
        int left = clamp(Math.round(pictureWidth * focus.x() / 100f - width / 2f), 0, pictureWidth - width);
        int top = clamp(Math.round(pictureHeight * focus.y() / 100f - height / 2f), 0, pictureHeight - height);
        return new FocalCrop(left, top, width, height);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
