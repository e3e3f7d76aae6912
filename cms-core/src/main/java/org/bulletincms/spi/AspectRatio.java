package org.bulletincms.spi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed shapes the core crops every published picture into, around its focal point ({@link Picture#croppedTo}):
 * a rendering that needs pictures of one shape (a row of cards, a teaser) asks for one of these instead of letting
 * CSS cut off the subject. Stored in published editions by {@link #code()}, so a code never changes.
 *
 * @since 0.5
 */
public enum AspectRatio {
    /** 16:9, the shape of a screen or a video still: wide teasers and banners. */
    WIDE(16, 9),
    /** 4:3, the shape of most camera sensors: cards. */
    STANDARD(4, 3),
    /** 1:1: portraits, logos and thumbnails in a grid. */
    SQUARE(1, 1);

    private final int width;
    private final int height;

    AspectRatio(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Its units across. */
    public int width() {
        return width;
    }

    /** Its units down. */
    public int height() {
        return height;
    }

    /** How deliveries name it: {@code "16:9"}, {@code "4:3"}, {@code "1:1"}. */
    public String code() {
        return width + ":" + height;
    }

    /** The ratio a delivery names; empty for any other text. */
    public static Optional<AspectRatio> of(String code) {
        return Arrays.stream(values())
                .filter(ratio -> ratio.code().equals(code))
                .findFirst();
    }
}
