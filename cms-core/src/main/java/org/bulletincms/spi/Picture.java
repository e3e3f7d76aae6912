package org.bulletincms.spi;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The value of a {@link FieldKind#IMAGE} field as one locale sees it: the picture, its words in that locale, and,
 * in a published edition, where it is served. Read it with {@link ItemView#picture(String)}; write it for readers
 * with {@link HtmlSink#picture(Picture)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mediaId    the id the media library gave the picture
 * @param alt        what the picture shows, for readers who cannot see it; empty for a decorative picture and
 *                   where the locale has none yet
 * @param caption    the words printed with it
 * @param credit     who made it
 * @param licence    under which terms it is shown
 * @param focalPoint where its subject is; crops keep it in view
 * @param decorative whether it adds nothing a reader needs (then its alt text is empty on purpose)
 * @param source     where it is served: present in published editions, empty in drafts and previews
 * @since 0.5
 */
public record Picture(
        String mediaId,
        Optional<String> alt,
        Optional<String> caption,
        Optional<String> credit,
        Optional<String> licence,
        FocalPoint focalPoint,
        boolean decorative,
        Optional<Source> source) {

    /** The JSON members of the value; see {@link FieldKind#IMAGE}. @since 0.5 */
    public static final String MEDIA = "media",
            ALT = "alt",
            CAPTION = "caption",
            CREDIT = "credit",
            LICENCE = "licence",
            FOCAL_POINT = "focalPoint",
            DECORATIVE = "decorative";

    /** The members the core adds in published editions; see {@link Source}. @since 0.5 */
    public static final String SRC = "src",
            SRCSET = "srcset",
            WIDTH = "width",
            HEIGHT = "height",
            RENDITIONS = "renditions";

    /** The members of each crop the core adds in published editions; see {@link Crop}. @since 0.5 */
    public static final String CROPS = "crops", RATIO = "ratio";

    /** The members of the shared part of the value. @since 0.5 */
    public static final List<String> SHARED_MEMBERS = List.of(MEDIA, FOCAL_POINT, CREDIT, LICENCE, DECORATIVE);

    /** The members of each locale's part of the value. @since 0.5 */
    public static final List<String> LOCALIZED_MEMBERS = List.of(ALT, CAPTION);

    public Picture {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(focalPoint, "focalPoint");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The credit and licence as readers see them under the picture, {@code "UNEP · CC BY 4.0"}; empty when neither
     * is set.
     *
     * @since 0.5
     */
    public Optional<String> rights() {
        String rights = String.join(
                " · ", Stream.concat(credit.stream(), licence.stream()).toList());
        return rights.isEmpty() ? Optional.empty() : Optional.of(rights);
    }

    /**
     * This picture in the shape of {@code ratio}: served as its crop of that shape around the focal point
     * ({@link Source#crop}), for a rendering that wants pictures of one shape; write it with
     * {@link HtmlSink#picture(Picture)} as any other. Unchanged where there is no such crop: in drafts, and in
     * editions published before crops were made.
     *
     * @since 0.5
     */
    public Picture croppedTo(AspectRatio ratio) {
        Optional<Source> cropped = source.flatMap(served -> served.crop(ratio)).map(Crop::asSource);
        return cropped.isEmpty()
                ? this
                : new Picture(mediaId, alt, caption, credit, licence, focalPoint, decorative, cropped);
    }

    /**
     * The picture a view's value describes (an {@link FieldKind#IMAGE}'s, or one entry of an
     * {@link FieldKind#IMAGE_LIST}'s); empty when it names no picture. Members of the wrong type read as absent, as
     * everywhere in the SPI.
     *
     * @since 0.5
     */
    public static Optional<Picture> of(JsonObject value) {
        return JsonFieldReader.text(value, MEDIA)
                .map(media -> new Picture(
                        media,
                        JsonFieldReader.text(value, ALT),
                        JsonFieldReader.text(value, CAPTION),
                        JsonFieldReader.text(value, CREDIT),
                        JsonFieldReader.text(value, LICENCE),
                        FocalPoint.of(value.get(FOCAL_POINT)),
                        JsonValue.TRUE.equals(value.get(DECORATIVE)),
                        Source.of(value)));
    }

    /**
     * Where a picture's subject is: {@code x} from the left edge, {@code y} from the top, each from 0 to 1.
     *
     * @since 0.5
     */
    public record FocalPoint(double x, double y) {

        /** The middle of the picture, where a picture without a focal point is cropped around. @since 0.5 */
        public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

        /** @throws IllegalArgumentException if x or y is outside 0..1 */
        public FocalPoint {
            if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
                throw new IllegalArgumentException("A focal point is within 0..1, not (" + x + ", " + y + ")");
            }
        }

        static FocalPoint of(JsonValue value) {
            if (value instanceof JsonObject point
                    && point.get("x") instanceof JsonNumber x
                    && point.get("y") instanceof JsonNumber y
                    && within(x.doubleValue())
                    && within(y.doubleValue())) {
                return new FocalPoint(x.doubleValue(), y.doubleValue());
            }
            return CENTRE;
        }

        static boolean within(double coordinate) {
            return coordinate >= 0 && coordinate <= 1;
        }
    }

    /**
     * Where a published picture is served: absolute, content-hashed URLs that never change meaning.
     *
     * @param src    the URL for a plain {@code <img src>}: the widest rendition up to 1024 pixels
     * @param srcset every rendition as an HTML {@code srcset}, {@code "<url> 320w, <url> 640w, …"}
     * @param width  the picture's width in pixels, upright
     * @param height the picture's height in pixels, upright
     * @param renditions every rendition, narrowest first
     * @param crops      the picture cut to each {@link AspectRatio} around its focal point; empty where none were
     *                   made (in editions published before there were crops)
     * @since 0.5
     */
    public record Source(
            String src, String srcset, int width, int height, List<Rendition> renditions, List<Crop> crops) {

        public Source {
            Objects.requireNonNull(src, "src");
            Objects.requireNonNull(srcset, "srcset");
            renditions = List.copyOf(renditions);
            crops = List.copyOf(crops);
        }

        /** A source without crops. @since 0.5 */
        public Source(String src, String srcset, int width, int height, List<Rendition> renditions) {
            this(src, srcset, width, height, renditions, List.of());
        }

        /**
         * The picture cut to this shape around its focal point, if the core made that crop.
         *
         * @since 0.5
         */
        public Optional<Crop> crop(AspectRatio ratio) {
            return crops.stream().filter(crop -> crop.ratio() == ratio).findFirst();
        }

        /**
         * The narrowest rendition at least this wide, else the widest: what to show in a space of this width.
         *
         * @since 0.5
         */
        public Rendition atLeast(int pixels) {
            return renditions.stream()
                    .filter(rendition -> rendition.width() >= pixels)
                    .findFirst()
                    .orElse(renditions.get(renditions.size() - 1));
        }

        static Optional<Source> of(JsonObject value) {
            Optional<String> src = JsonFieldReader.text(value, SRC);
            Optional<String> srcset = JsonFieldReader.text(value, SRCSET);
            if (src.isEmpty()
                    || srcset.isEmpty()
                    || !(value.get(WIDTH) instanceof JsonNumber width)
                    || !(value.get(HEIGHT) instanceof JsonNumber height)) {
                return Optional.empty();
            }
            List<Rendition> renditions = Rendition.listed(value);
            if (renditions.isEmpty()) {
                return Optional.empty();
            }
            List<Crop> crops = JsonFieldReader.list(value, CROPS).stream()
                    .flatMap(list -> list.stream())
                    .filter(JsonObject.class::isInstance)
                    .map(JsonObject.class::cast)
                    .flatMap(crop -> Crop.of(crop).stream())
                    .toList();
            return Optional.of(
                    new Source(src.get(), srcset.get(), width.intValue(), height.intValue(), renditions, crops));
        }
    }

    /**
     * A published picture cut to a fixed shape: the largest part of the picture of that shape with the focal point
     * as near its middle as the picture's edges allow, in renditions of their own.
     *
     * @param ratio      its shape
     * @param src        the URL for a plain {@code <img src>}: the widest rendition up to 1024 pixels
     * @param srcset     every rendition as an HTML {@code srcset}
     * @param width      the crop's width in pixels of the picture
     * @param height     the crop's height in pixels of the picture
     * @param renditions every rendition, narrowest first, each of the crop's shape
     * @since 0.5
     */
    public record Crop(
            AspectRatio ratio, String src, String srcset, int width, int height, List<Rendition> renditions) {

        public Crop {
            Objects.requireNonNull(ratio, "ratio");
            Objects.requireNonNull(src, "src");
            Objects.requireNonNull(srcset, "srcset");
            renditions = List.copyOf(renditions);
        }

        Source asSource() {
            return new Source(src, srcset, width, height, renditions);
        }

        static Optional<Crop> of(JsonObject value) {
            Optional<AspectRatio> ratio = JsonFieldReader.text(value, RATIO).flatMap(AspectRatio::of);
            Optional<String> src = JsonFieldReader.text(value, SRC);
            Optional<String> srcset = JsonFieldReader.text(value, SRCSET);
            List<Rendition> renditions = Rendition.listed(value);
            if (ratio.isEmpty()
                    || src.isEmpty()
                    || srcset.isEmpty()
                    || renditions.isEmpty()
                    || !(value.get(WIDTH) instanceof JsonNumber width)
                    || !(value.get(HEIGHT) instanceof JsonNumber height)) {
                return Optional.empty();
            }
            return Optional.of(
                    new Crop(ratio.get(), src.get(), srcset.get(), width.intValue(), height.intValue(), renditions));
        }
    }

    /**
     * One rendition of a published picture.
     *
     * @param url    absolute, named by the SHA-256 of its bytes
     * @param width  pixels
     * @param height pixels
     * @since 0.5
     */
    public record Rendition(String url, int width, int height) {

        public Rendition {
            Objects.requireNonNull(url, "url");
        }

        static List<Rendition> listed(JsonObject value) {
            return JsonFieldReader.list(value, RENDITIONS).stream()
                    .flatMap(list -> list.stream())
                    .filter(JsonObject.class::isInstance)
                    .map(JsonObject.class::cast)
                    .flatMap(rendition -> Rendition.of(rendition).stream())
                    .toList();
        }

        static Optional<Rendition> of(JsonObject json) {
            if (JsonFieldReader.text(json, "url").isPresent()
                    && json.get(WIDTH) instanceof JsonNumber width
                    && json.get(HEIGHT) instanceof JsonNumber height) {
                return Optional.of(new Rendition(json.getString("url"), width.intValue(), height.intValue()));
            }
            return Optional.empty();
        }
    }
}
