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

    private RenditionWidths() {}

    public static List<Integer> of(int originalWidth) {
        int widest = Math.min(originalWidth, STANDARD.get(STANDARD.size() - 1));
        List<Integer> widths =
                new ArrayList<>(STANDARD.stream().filter(w -> w < widest).toList());
        widths.add(widest);
        return List.copyOf(widths);
    }
}
