package org.bulletincms.media;

import java.util.ArrayList;
import java.util.List;

/**
 * The widths renditions are made in, for {@code srcset}: phones, tablets, desktops and high-density screens. A
 * picture is never enlarged: it gets the widths narrower than itself and its own width, so a 1500-pixel picture has
 * 320, 640, 1024 and 1500, and one narrower than 320 has its own width only.
 */
public final class RenditionWidths {

    public static final List<Integer> STANDARD = List.of(320, 640, 1024, 2048);

    /**
     * The widths of a crop's renditions: a picture of a fixed shape sits in a card, a teaser or a grid cell, never
     * across a whole high-density screen.
     */
    public static final List<Integer> CROPS = List.of(320, 640, 1024);

    private RenditionWidths() {}

    public static List<Integer> of(int originalWidth) {
        return within(STANDARD, originalWidth);
    }

    /** The widths of the renditions of a crop this wide. */
    public static List<Integer> ofCrop(int cropWidth) {
        return within(CROPS, cropWidth);
    }

    private static List<Integer> within(List<Integer> standard, int originalWidth) {
        int widest = Math.min(originalWidth, standard.get(standard.size() - 1));
        List<Integer> widths =
                new ArrayList<>(standard.stream().filter(w -> w < widest).toList());
        widths.add(widest);
        return List.copyOf(widths);
    }
}
