package org.bulletincms.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bulletincms.spi.AspectRatio;
import org.junit.jupiter.api.Test;

/** Where a crop to a fixed shape falls: around the focus, the largest of its shape, never outside the picture. */
class FocalCropTest {

    @Test
    void aCentredFocusGetsTheLargestCropOfTheShapeInTheMiddle() {
        assertEquals(new FocalCrop(0, 13, 1200, 675), FocalCrop.around(1200, 700, AspectRatio.WIDE, new Focus(50, 50)));
        assertEquals(
                new FocalCrop(250, 0, 700, 700), FocalCrop.around(1200, 700, AspectRatio.SQUARE, new Focus(50, 50)));
        assertEquals(
                new FocalCrop(134, 0, 933, 700), FocalCrop.around(1200, 700, AspectRatio.STANDARD, new Focus(50, 50)));
    }

    @Test
    void theCropIsCentredOnTheFocusWhereTheEdgesAllow() {
        FocalCrop square = FocalCrop.around(2000, 1000, AspectRatio.SQUARE, new Focus(40, 50));

        assertEquals(new FocalCrop(300, 0, 1000, 1000), square, "800 - 500: the focus in the middle");
    }

    @Test
    void aFocusNearAnEdgeMovesTheCropToThatEdgeAndNoFurther() {
        assertEquals(
                new FocalCrop(0, 0, 700, 700),
                FocalCrop.around(1200, 700, AspectRatio.SQUARE, new Focus(5, 50)),
                "clamped at the left edge");
        assertEquals(
                new FocalCrop(500, 0, 700, 700),
                FocalCrop.around(1200, 700, AspectRatio.SQUARE, new Focus(100, 0)),
                "clamped at the right edge");
        assertEquals(
                new FocalCrop(0, 0, 700, 394),
                FocalCrop.around(700, 1200, AspectRatio.WIDE, new Focus(50, 0)),
                "clamped at the top");
        assertEquals(
                new FocalCrop(0, 806, 700, 394),
                FocalCrop.around(700, 1200, AspectRatio.WIDE, new Focus(50, 100)),
                "clamped at the bottom");
    }

    @Test
    void everyCropHasItsShapeStaysInsideThePictureAndKeepsTheFocusInside() {
        for (List<Integer> size : List.of(
                List.of(1200, 700), List.of(700, 1200), List.of(333, 333), List.of(1, 2000), List.of(4000, 3))) {
            int width = size.get(0);
            int height = size.get(1);
            for (AspectRatio ratio : AspectRatio.values()) {
                for (int x = 0; x <= 100; x += 5) {
                    for (int y = 0; y <= 100; y += 5) {
                        FocalCrop crop = FocalCrop.around(width, height, ratio, new Focus(x, y));
                        String where = width + "x" + height + " " + ratio.code() + " at " + x + "," + y + ": " + crop;
                        assertTrue(crop.width() >= 1 && crop.height() >= 1, where);
                        assertTrue(crop.left() >= 0 && crop.left() + crop.width() <= width, where);
                        assertTrue(crop.top() >= 0 && crop.top() + crop.height() <= height, where);
                        assertTrue(crop.width() == width || crop.height() == height, "the largest: " + where);
                        float focusX = width * x / 100f;
                        float focusY = height * y / 100f;
                        assertTrue(focusX >= crop.left() && focusX <= crop.left() + crop.width(), where);
                        assertTrue(focusY >= crop.top() && focusY <= crop.top() + crop.height(), where);
                        if (crop.width() > 10 && crop.height() > 10) {
                            assertEquals(
                                    (double) ratio.width() / ratio.height(),
                                    (double) crop.width() / crop.height(),
                                    0.01 * ratio.width() / ratio.height(),
                                    where);
                        }
                    }
                }
            }
        }
    }
}
