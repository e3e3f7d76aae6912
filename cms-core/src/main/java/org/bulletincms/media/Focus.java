package org.bulletincms.media;

import org.bulletincms.spi.Picture;

/**
 * A focal point rounded to whole percent of the picture's width and height: crops are made once per picture and
 * focus, so two items that set nearly the same point (a click a pixel apart) share them.
 *
 * @param x percent from the left edge, 0 to 100
 * @param y percent from the top edge, 0 to 100
 */
public record Focus(int x, int y) {

    public Focus {
        if (x < 0 || x > 100 || y < 0 || y > 100) {
            throw new IllegalArgumentException("A focus is within 0..100 percent, not (" + x + ", " + y + ")");
        }
    }

    public static Focus of(Picture.FocalPoint point) {
        return new Focus((int) Math.round(point.x() * 100), (int) Math.round(point.y() * 100));
    }
}
