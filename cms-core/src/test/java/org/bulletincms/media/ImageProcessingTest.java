package org.bulletincms.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.bulletincms.spi.AspectRatio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile pictures of issue 17, made here, and what becomes of honest ones: formats from the bytes, bombs refused
 * from the header, truncation said as such, metadata gone, orientation applied, renditions never wider than the
 * picture, and the heap one picture can cost measured against the documented bound.
 */
class ImageProcessingTest {

    private static final long MAX_PIXELS = 24_000_000;

    /** What a refused picture may allocate in all: its header and the reader's buffers, never its pixels. */
    private static final long REFUSAL_ALLOCATION = 16L * 1024 * 1024;

    @TempDir
    Path directory;

    /** Far longer than any honest picture here takes, also on a loaded build machine. */
    private static final Duration DECODE_TIME = Duration.ofSeconds(60);

    private final ImageProcessing processing = new ImageProcessing(MAX_PIXELS, DECODE_TIME);

    @Test
    void theFormatComesFromTheBytesNotFromTheName() throws IOException {
        assertEquals(ImageFormat.JPEG, ImageProcessing.format(file("photo.png", HostileImages.jpeg(20, 10))));
        assertEquals(ImageFormat.PNG, ImageProcessing.format(file("photo.jpg", HostileImages.png(20, 10))));
        assertEquals(
                ImageFormat.GIF,
                ImageProcessing.format(file("a", HostileImages.encoded(HostileImages.photo(5, 5), "gif"))));
    }

    @Test
    void aPngNameOnAJpegContradictsItButANameWithoutAPictureExtensionDoesNot() {
        assertFalse(ImageFormat.JPEG.fitsExtension("png"));
        assertTrue(ImageFormat.JPEG.fitsExtension("JPEG"));
        assertTrue(ImageFormat.JPEG.fitsExtension(""));
        assertTrue(ImageFormat.PNG.fitsExtension("bin"));
    }

    @Test
    void anSvgWithAScriptIsRefusedAsSvg() throws IOException {
        Path svg = file("logo.svg", HostileImages.svgWithScript());

        UnsupportedImageType refused = assertThrows(UnsupportedImageType.class, () -> ImageProcessing.format(svg));

        assertEquals(Json.createValue("image/svg+xml"), refused.facts().get("detected"));
        assertEquals("unsupported-media-type", refused.code());
    }

    @Test
    void aPngDeclaring100000By100000PixelsIsRefusedFromItsHeaderWithoutDecoding() throws IOException {
        Path bomb = file("flood.png", HostileImages.pixelFloodPng(100_000, 100_000));

        TooManyPixels refused = allocatingAtMost(
                REFUSAL_ALLOCATION,
                () -> assertThrows(TooManyPixels.class, () -> processing.process(bomb, ImageFormat.PNG)));

        assertEquals(Json.createValue(100_000L), refused.facts().get("width"));
        assertEquals(Json.createValue(MAX_PIXELS), refused.facts().get("maxPixels"));
    }

    @Test
    void aGifWithAHugeFrameBehindASmallScreenIsRefusedFromTheFrameHeader() throws IOException {
        Path bomb = file("frames.gif", HostileImages.hugeFrameGif());

        TooManyPixels refused = allocatingAtMost(
                REFUSAL_ALLOCATION,
                () -> assertThrows(TooManyPixels.class, () -> processing.process(bomb, ImageFormat.GIF)));

        assertEquals(Json.createValue(60_000L), refused.facts().get("height"));
    }

    @Test
    void aTruncatedJpegIsRefusedAsTruncated() throws IOException {
        Path cut = file("cut.jpg", HostileImages.truncatedJpeg());

        UnreadableImage refused = assertThrows(UnreadableImage.class, () -> processing.process(cut, ImageFormat.JPEG));

        assertEquals(UnreadableImage.Reason.TRUNCATED, refused.reason());
        assertEquals(Json.createValue("truncated"), refused.facts().get("reason"));
    }

    @Test
    void aPictureThatTakesLongerThanTheDecodeTimeLimitIsGivenUpAndRefused() throws IOException {
        // a 12-megapixel PNG takes far more than a millisecond to decode on any machine
        Path slow = file("slow.png", HostileImages.png(4000, 3000));
        ImageProcessing impatient = new ImageProcessing(MAX_PIXELS, Duration.ofMillis(1));

        ImageTooSlowToDecode refused =
                assertThrows(ImageTooSlowToDecode.class, () -> impatient.process(slow, ImageFormat.PNG));

        assertEquals("image-too-slow-to-decode", refused.code());
        assertEquals(Json.createValue(1L), refused.facts().get("limitMillis"));
    }

    @Test
    void aDamagedPngIsRefusedAsUnreadable() throws IOException {
        byte[] png = HostileImages.png(200, 100);
        for (int i = 60; i < png.length - 20; i += 7) {
            png[i] ^= 0x5a;
        }
        Path damaged = file("damaged.png", png);

        assertThrows(UnreadableImage.class, () -> processing.process(damaged, ImageFormat.PNG));
    }

    @Test
    void gpsAndExifAreNotKeptAndTheOrientationIsApplied() throws IOException {
        byte[] upload = HostileImages.jpegWithGpsAndOrientation(40, 20);
        assertTrue(HostileImages.contains(upload, "Exif"), "the upload carries EXIF");

        ProcessedImage processed = processing.process(file("gps.jpg", upload), ImageFormat.JPEG);

        assertFalse(HostileImages.contains(processed.kept().bytes(), "Exif"));
        for (ProcessedImage.Encoded rendition : processed.renditions()) {
            assertFalse(HostileImages.contains(rendition.bytes(), "Exif"));
        }
        assertEquals(20, processed.kept().width(), "turned upright: orientation 6 is a quarter turn");
        assertEquals(40, processed.kept().height());
        assertEquals(
                20,
                ImageIO.read(new ByteArrayInputStream(processed.kept().bytes())).getWidth());
    }

    @Test
    void eachCropHasItsShapeInItsRenditionsAndShowsTheFocusNotAFarCorner() throws IOException {
        BufferedImage picture = new BufferedImage(1600, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 1600, 600);
            g.setColor(Color.RED);
            g.fillRect(1260, 160, 40, 40);
            g.setColor(Color.BLUE);
            g.fillRect(80, 280, 40, 40);
        } finally {
            g.dispose();
        }
        byte[] kept = HostileImages.encoded(picture, "png");

        List<ProcessedImage.Cropped> crops =
                processing.crops(new ByteArrayInputStream(kept), ImageFormat.PNG, new Focus(80, 30));

        assertEquals(
                List.of(AspectRatio.WIDE, AspectRatio.STANDARD, AspectRatio.SQUARE),
                crops.stream().map(ProcessedImage.Cropped::ratio).toList());
        assertEquals(
                List.of(List.of(320, 640, 1024), List.of(320, 640, 800), List.of(320, 600)),
                crops.stream()
                        .map(crop -> crop.renditions().stream()
                                .map(ProcessedImage.Encoded::width)
                                .toList())
                        .toList());
        for (ProcessedImage.Cropped crop : crops) {
            double shape = (double) crop.ratio().width() / crop.ratio().height();
            for (ProcessedImage.Encoded rendition : crop.renditions()) {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
                assertEquals(rendition.width(), decoded.getWidth(), crop.ratio().code());
                assertEquals(
                        rendition.height(), decoded.getHeight(), crop.ratio().code());
                assertEquals(shape, (double) decoded.getWidth() / decoded.getHeight(), 0.01 * shape);
                assertTrue(shows(decoded, Color.RED), crop.ratio().code() + " shows the focus");
                assertFalse(shows(decoded, Color.BLUE), crop.ratio().code() + " leaves out the far corner");
            }
        }
    }

    /** Whether some pixel is nearly this pure colour (resampling blends the edges of the marks). */
    private static boolean shows(BufferedImage image, Color colour) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) < 60
                        && Math.abs(pixel.getGreen() - colour.getGreen()) < 60
                        && Math.abs(pixel.getBlue() - colour.getBlue()) < 60) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void renditionsAreTheStandardWidthsNarrowerThanThePictureAndItsOwnWidth() throws IOException {
        ProcessedImage processed = processing.process(file("wide.png", HostileImages.png(1500, 300)), ImageFormat.PNG);

        assertEquals(
                List.of(320, 640, 1024, 1500),
                processed.renditions().stream()
                        .map(ProcessedImage.Encoded::width)
                        .toList());
        assertEquals(64, processed.renditions().get(0).height());
        for (ProcessedImage.Encoded rendition : processed.renditions()) {
            assertEquals(ImageFormat.PNG, rendition.format());
            assertEquals(
                    rendition.width(),
                    ImageIO.read(new ByteArrayInputStream(rendition.bytes())).getWidth());
        }
        assertEquals(List.of(2048), RenditionWidths.of(4000).subList(3, 4));
        assertEquals(List.of(200), RenditionWidths.of(200));
    }

    @Test
    void aPictureAtThePixelLimitAllocatesAtMostTheDocumentedBytesPerPixel() throws IOException {
        int side = 2000;
        Path photo = file("big.jpg", HostileImages.jpeg(side, side));
        ImageProcessing limited = new ImageProcessing((long) side * side, DECODE_TIME);
        limited.process(photo, ImageFormat.JPEG); // classes loaded and compiled before measuring

        allocatingAtMost(ImageProcessing.BYTES_PER_PIXEL * side * side, () -> limited.process(photo, ImageFormat.JPEG));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }

    /** Runs {@code work} and fails if this thread allocated more than {@code bytes} doing it (garbage included). */
    private static <T> T allocatingAtMost(long bytes, Supplier<T> work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        T result = work.get();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated <= bytes, "allocated " + allocated + " bytes, more than " + bytes);
        return result;
    }
}
