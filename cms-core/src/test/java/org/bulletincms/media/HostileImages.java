package org.bulletincms.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures made in the tests: honest ones of any size, and the hostile ones the media library must contain. */
public final class HostileImages {

    private HostileImages() {}

    /** A photo-like picture (a gradient with noise, so it does not compress to nothing). */
    public static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        Random random = new Random(width * 31L + height);
        for (int i = 0; i < width * height / 50; i++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt());
        }
        return image;
    }

    public static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] jpeg(int width, int height) {
        return encoded(photo(width, height), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encoded(photo(width, height), "png");
    }

    /** A JPEG cut off after half of its bytes, as an interrupted copy leaves it. */
    public static byte[] truncatedJpeg() {
        byte[] whole = jpeg(400, 300);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A PNG of a few dozen bytes whose header declares {@code width} × {@code height} pixels (a pixel flood: decoded,
     * 100,000 × 100,000 would take 30 GB).
     */
    public static byte[] pixelFloodPng(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).order(ByteOrder.BIG_ENDIAN);
        header.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0, 0, 0, 1, 0, 1});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A GIF whose screen is 10 × 10 pixels and whose one frame declares 60,000 × 60,000. */
    public static byte[] hugeFrameGif() {
        ByteBuffer gif = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        gif.put("GIF89a".getBytes(StandardCharsets.US_ASCII));
        gif.putShort((short) 10)
                .putShort((short) 10)
                .put((byte) 0x80)
                .put((byte) 0)
                .put((byte) 0);
        gif.put(new byte[] {0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        gif.put((byte) 0x2c).putShort((short) 0).putShort((short) 0);
        gif.putShort((short) 60000).putShort((short) 60000).put((byte) 0);
        gif.put((byte) 2).put((byte) 2).put((byte) 0x4c).put((byte) 0x01).put((byte) 0);
        gif.put((byte) 0x3b);
        return Arrays.copyOf(gif.array(), gif.position());
    }

    /**
     * A JPEG of {@code width} × {@code height} carrying an EXIF block that says where it was taken (a GPS
     * latitude reference) and that it must be turned 90° clockwise to be seen upright (orientation 6).
     */
    public static byte[] jpegWithGpsAndOrientation(int width, int height) {
        ByteBuffer tiff = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 6)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        byte[] plain = jpeg(width, height);
        // after SOI and the JFIF APP0 segment, where cameras' EXIF APP1 goes
        int afterApp0 = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterApp0);
        out.write(0xff);
        out.write(0xe1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.writeBytes(exif);
        out.write(plain, afterApp0, plain.length - afterApp0);
        return out.toByteArray();
    }

    public static byte[] svgWithScript() {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<script>alert(document.cookie)</script></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
