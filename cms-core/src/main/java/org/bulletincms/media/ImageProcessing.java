package org.bulletincms.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.bulletincms.spi.AspectRatio;

/**
 * Turns an uploaded file into a picture safe to keep and its renditions, or refuses it.
 *
 * <p>Hostile pictures are contained in this order: the format is read from the first bytes ({@link ImageFormat});
 * the pixel count is read from the header, for a GIF from every frame's, and refused above
 * {@link MediaLimits#maxPixels()} before anything is decoded (a decompression bomb costs a header read); a file
 * that ends early or is damaged is refused ({@link UnreadableImage}); only then is the picture decoded, one picture
 * at a time in the whole server, so the heap a picture can take is bounded by the pixel limit ({@link
 * #BYTES_PER_PIXEL} bytes a pixel at most; {@code ImageProcessingTest} measures it), and a decoding that takes longer
 * than its time limit is given up ({@link ImageTooSlowToDecode}). What is kept is re-encoded from the decoded pixels, so no EXIF,
 * GPS position, comment or colour profile of the upload survives in it, and it is turned upright by its EXIF
 * orientation first. Only the first frame of an animated GIF is kept.
 *
 * <p>JPEG, PNG and GIF are read by the JDK's readers; WebP by TwelveMonkeys' reader, created directly rather than
 * looked up in ImageIO's JVM-wide registry. Thread-safe.
 */
public final class ImageProcessing {

    /** More GIF frames than this are refused as damaged rather than read one header at a time forever. */
    static final int MAX_FRAMES = 1000;

    /**
     * The most heap one picture's processing allocates per pixel it declares, garbage included (decoded, turned
     * upright, resampled into each rendition, encoded): an upper bound of what it holds at once, measured by
     * {@code ImageProcessingTest}. With one decode at a time, {@code cms.media.max-pixels} × this bounds the heap
     * pictures can take.
     */
    public static final long BYTES_PER_PIXEL = 40;

    private static final float JPEG_QUALITY = 0.9f;

    /** One decode at a time per server: the heap bound holds for the server, not for each request. */
    private static final Semaphore DECODING = new Semaphore(1, true);

    private final long maxPixels;
    private final Duration decodeTime;

    public ImageProcessing(long maxPixels, Duration decodeTime) {
        this.maxPixels = maxPixels;
        this.decodeTime = decodeTime;
    }

    /** Processing within the configured limits. */
    public static ImageProcessing within(MediaLimits limits) {
        return new ImageProcessing(limits.maxPixels(), limits.decodeTime());
    }

    /** The format of a file's bytes, or the refusal saying what they are instead. */
    public static ImageFormat format(Path file) {
        byte[] head = head(file);
        return ImageFormat.of(head).orElseThrow(() -> new UnsupportedImageType(ImageFormat.describeOther(head)));
    }

    public ProcessedImage process(Path file, ImageFormat format) {
        BufferedImage upright = decode(() -> ImageIO.createImageInputStream(file.toFile()), format);
        ImageFormat out = format.renditionFormat();
        ProcessedImage.Encoded kept = encode(upright, out);
        List<ProcessedImage.Encoded> renditions = new ArrayList<>();
        for (int width : RenditionWidths.of(upright.getWidth())) {
            renditions.add(width == upright.getWidth() ? kept : encode(resize(upright, width), out));
        }
        return new ProcessedImage(format, kept, renditions);
    }

    /**
     * Cuts a kept picture (as {@link #process} made it: upright, in its rendition format) to every
     * {@link AspectRatio} around the focus, each in renditions of {@link RenditionWidths#ofCrop} widths, resampled
     * by Thumbnailator. The stream is read but not closed.
     */
    public List<ProcessedImage.Cropped> crops(InputStream kept, ImageFormat format, Focus focus) {
        BufferedImage picture = decode(() -> new MemoryCacheImageInputStream(kept), format);
        List<ProcessedImage.Cropped> crops = new ArrayList<>();
        for (AspectRatio ratio : AspectRatio.values()) {
            FocalCrop region = FocalCrop.around(picture.getWidth(), picture.getHeight(), ratio, focus);
            List<ProcessedImage.Encoded> renditions = new ArrayList<>();
            for (int width : RenditionWidths.ofCrop(region.width())) {
                int height = width == region.width()
                        ? region.height()
                        : Math.max(1, Math.round((float) width * ratio.height() / ratio.width()));
                renditions.add(encode(cut(picture, region, width, height), format));
            }
            crops.add(new ProcessedImage.Cropped(ratio, region, renditions));
        }
        return crops;
    }

    /** Opens the bytes to decode; each decode opens them once. */
    @FunctionalInterface
    private interface Opening {
        ImageInputStream open() throws IOException;
    }

    private BufferedImage decode(Opening input, ImageFormat format) {
        ImageReader reader = reader(format);
        DECODING.acquireUninterruptibly();
        // from the moment this picture has the decoder: waiting for another picture's decoding does not count
        long deadline = System.nanoTime() + decodeTime.toNanos();
        try (ImageInputStream in = input.open()) {
            reader.setInput(in, false, false);
            checkPixels(reader, format);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener(warningsInto(warnings));
            Optional<Orientation> orientation = format == ImageFormat.JPEG ? orientation(reader) : Optional.empty();
            reader.addIIOReadProgressListener(abortingAfter(deadline));
            BufferedImage image = reader.read(0);
            if (System.nanoTime() - deadline > 0) {
                // aborted (what was read is a part of the picture), or finished too late: the same refusal either way
                throw new ImageTooSlowToDecode(format, decodeTime);
            }
            warnings.stream()
                    .filter(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))
                    .findFirst()
                    .ifPresent(w -> {
                        throw new UnreadableImage(UnreadableImage.Reason.TRUNCATED, format, w);
                    });
            return orientation
                    .map(o -> ExifFilterUtils.getFilterForOrientation(o).apply(image))
                    .orElse(image);
        } catch (EOFException e) {
            throw new UnreadableImage(UnreadableImage.Reason.TRUNCATED, format, String.valueOf(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImage || e instanceof TooManyPixels || e instanceof ImageTooSlowToDecode) {
                throw (RuntimeException) e;
            }
            if (System.nanoTime() - deadline > 0) {
                // a reader may fail rather than return when asked to abort
                throw new ImageTooSlowToDecode(format, decodeTime);
            }
            boolean cutOff = hasEofCause(e);
            throw new UnreadableImage(
                    cutOff ? UnreadableImage.Reason.TRUNCATED : UnreadableImage.Reason.CORRUPT, format, e.toString());
        } finally {
            reader.dispose();
            DECODING.release();
        }
    }

    private void checkPixels(ImageReader reader, ImageFormat format) throws IOException {
        // a GIF's frames each have a size of their own, which may be larger than its screen
        for (int frame = 0; frame == 0 || format == ImageFormat.GIF; frame++) {
            if (frame == MAX_FRAMES) {
                throw new UnreadableImage(
                        UnreadableImage.Reason.CORRUPT, format, "more than " + MAX_FRAMES + " frames");
            }
            long width;
            long height;
            try {
                width = reader.getWidth(frame);
                height = reader.getHeight(frame);
            } catch (IndexOutOfBoundsException e) {
                return;
            }
            if (width <= 0 || height <= 0) {
                throw new UnreadableImage(UnreadableImage.Reason.CORRUPT, format, "declares " + width + "x" + height);
            }
            if (width * height > maxPixels) {
                throw new TooManyPixels(width, height, maxPixels);
            }
        }
    }

    private static Optional<Orientation> orientation(ImageReader reader) {
        try {
            return Optional.ofNullable(ExifUtils.getExifOrientation(reader, 0));
        } catch (IOException | RuntimeException e) {
            // an unreadable EXIF block only costs the orientation: the picture stays as it was shot
            return Optional.empty();
        }
    }

    private static ImageReader reader(ImageFormat format) {
        try {
            return switch (format) {
                case WEBP -> new WebPImageReaderSpi().createReaderInstance();
                case JPEG, PNG, GIF ->
                    ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT))
                            .next();
            };
        } catch (IOException e) {
            // the SPIs create their readers in memory; nothing is read yet
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage resize(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage cut(BufferedImage picture, FocalCrop region, int width, int height) {
        try {
            return Thumbnails.of(picture)
                    .sourceRegion(region.left(), region.top(), region.width(), region.height())
                    .forceSize(width, height)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProcessedImage.Encoded encode(BufferedImage image, ImageFormat format) {
        BufferedImage pixels = format == ImageFormat.JPEG ? opaque(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.name().toLowerCase(Locale.ROOT))
                .next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // no metadata is passed: the writer writes only what the pixels need
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new ProcessedImage.Encoded(bytes.toByteArray(), format, image.getWidth(), image.getHeight());
    }

    /** JPEG has no transparency: a picture with alpha is laid on white, not on the black the encoder would use. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * Asks the reader to stop once the deadline has passed. Readers report progress as they decode rows and check
     * for an abort between them, so a decoder is stopped within a row of the deadline (one stuck inside a single
     * row is not). No thread of its own: the check runs on the decoding thread.
     */
    private static IIOReadProgressListener abortingAfter(long deadline) {
        return new IIOReadProgressListener() {
            @Override
            public void imageProgress(ImageReader source, float percentageDone) {
                if (System.nanoTime() - deadline > 0) {
                    source.abort();
                }
            }

            @Override
            public void sequenceStarted(ImageReader source, int minIndex) {}

            @Override
            public void sequenceComplete(ImageReader source) {}

            @Override
            public void imageStarted(ImageReader source, int imageIndex) {}

            @Override
            public void imageComplete(ImageReader source) {}

            @Override
            public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

            @Override
            public void thumbnailProgress(ImageReader source, float percentageDone) {}

            @Override
            public void thumbnailComplete(ImageReader source) {}

            @Override
            public void readAborted(ImageReader source) {}
        };
    }

    private static IIOReadWarningListener warningsInto(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }

    private static boolean hasEofCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException
                    || String.valueOf(cause.getMessage())
                            .toLowerCase(Locale.ROOT)
                            .contains("end of")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ImageFormat.SIGNATURE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
