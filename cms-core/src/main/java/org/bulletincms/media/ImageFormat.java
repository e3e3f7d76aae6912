package org.bulletincms.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The picture formats the media library accepts, each recognised by the signature its bytes start with, never by
 * a name or a declared type. SVG is not among them: it is a document that can carry scripts, not a picture.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", "png", Set.of("png")),
    WEBP("image/webp", "webp", Set.of("webp")),
    GIF("image/gif", "gif", Set.of("gif"));

    /** How many leading bytes {@link #of(byte[])} needs to tell every format, SVG included, apart. */
    public static final int SIGNATURE_BYTES = 512;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final String extension;
    private final Set<String> extensions;

    ImageFormat(String mediaType, String extension, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension of the URLs the format is served under. */
    public String extension() {
        return extension;
    }

    /**
     * Whether a file of this format may bear a name with {@code extension}: one of its own, or none that names a
     * picture format at all (then the bytes decide, as for a name without an extension).
     */
    public boolean fitsExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return extensions.contains(ext) || Arrays.stream(values()).noneMatch(f -> f.extensions.contains(ext));
    }

    /**
     * The format renditions are written in: the original's, except WebP, for which Maven Central has no encoder
     * that runs without a native library (docs/media.md); its renditions are PNG, lossless and with transparency.
     */
    public ImageFormat renditionFormat() {
        return this == WEBP ? PNG : this;
    }

    /** The format the leading bytes of a file have, if it is one of these. */
    public static Optional<ImageFormat> of(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (head.length >= 8 && Arrays.equals(head, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.of(PNG);
        }
        if (head.length >= 12
                && ascii(head, 0, 4).equals("RIFF")
                && ascii(head, 8, 12).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (head.length >= 6
                && (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a"))) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    /**
     * What to call bytes that are none of the formats, for the refusal: SVG (an {@code <svg} element near the
     * start, after any XML declaration, comment or doctype) or an unknown type.
     */
    public static String describeOther(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, SIGNATURE_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.contains("<svg") ? "image/svg+xml" : "application/octet-stream";
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
