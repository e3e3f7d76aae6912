package org.bulletincms.bench;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A JPEG that compresses like a photograph, drawn from a seed: a sky and a ground in gradients, blotchy texture at
 * two scales (a small random image scaled up smoothly, as foliage or a wall looks from afar), a few dozen shapes
 * with soft edges, and sensor noise on every pixel; written at quality 0.9, as cameras and phones do. A flat
 * drawing would be a fraction of the size and decode faster than any photo an editor uploads; this is about 0.3
 * bytes per pixel (3.5 MB at 12 megapixels), like a phone's JPEG. Each seed gives other bytes, so no upload is a duplicate of another.
 *
 * @param jpeg the file's bytes
 */
record GeneratedPhoto(String name, int width, int height, long seed, byte[] jpeg) {

    static final float QUALITY = 0.9f;
    private static final double NOISE_SIGMA = 5.0;

    static GeneratedPhoto of(String name, int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int horizon = height / 3 + random.nextInt(height / 3);
            g.setPaint(new GradientPaint(0, 0, colour(random, 120), 0, horizon, colour(random, 200)));
            g.fillRect(0, 0, width, horizon);
            g.setPaint(new GradientPaint(0, horizon, colour(random, 90), width, height, colour(random, 60)));
            g.fillRect(0, horizon, width, height - horizon);
            texture(g, random, width, height, 40, 0.3f);
            texture(g, random, width, height, 5, 0.2f);
            shapes(g, random, width, height);
        } finally {
            g.dispose();
        }
        noise(image, random);
        return new GeneratedPhoto(name, width, height, seed, jpeg(image));
    }

    double megapixels() {
        return width * (double) height / 1e6;
    }

    /**
     * A random grey (slightly tinted) image of {@code width / cell} × {@code height / cell} pixels drawn over the
     * whole, smoothed.
     */
    private static void texture(Graphics2D g, Random random, int width, int height, int cell, float alpha) {
        BufferedImage small =
                new BufferedImage(Math.max(2, width / cell), Math.max(2, height / cell), BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) small.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int grey = random.nextInt(256);
            pixels[i] = (tinted(grey, random) << 16) | (tinted(grey, random) << 8) | tinted(grey, random);
        }
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        g.drawImage(small, 0, 0, width, height, null);
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static void shapes(Graphics2D g, Random random, int width, int height) {
        int count = 30 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = width / 40 + random.nextInt(width / 5);
            int h = height / 40 + random.nextInt(height / 5);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.4f + random.nextFloat() * 0.6f));
            g.setPaint(new GradientPaint(x, y, colour(random, 255), x + w, y + h, colour(random, 255)));
            switch (random.nextInt(4)) {
                case 0 -> g.fill(new Ellipse2D.Double(x - w / 2.0, y - h / 2.0, w, h));
                case 1 -> g.fill(new RoundRectangle2D.Double(x, y, w, h, w / 4.0, h / 4.0));
                case 2 -> {
                    Polygon polygon = new Polygon();
                    for (int corner = 3 + random.nextInt(5); corner > 0; corner--) {
                        polygon.addPoint(x + random.nextInt(w) - w / 2, y + random.nextInt(h) - h / 2);
                    }
                    g.fill(polygon);
                }
                default -> {
                    g.setStroke(new BasicStroke(1 + random.nextInt(Math.max(2, width / 400))));
                    g.drawLine(x, y, x + random.nextInt(w) - w / 2, y + random.nextInt(h) - h / 2);
                }
            }
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    /** Sensor noise: Gaussian, mostly in brightness, a little in colour. */
    private static void noise(BufferedImage image, Random random) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            double luma = random.nextGaussian() * NOISE_SIGMA;
            int r = clamp(((rgb >> 16) & 0xff) + luma + random.nextGaussian());
            int gr = clamp(((rgb >> 8) & 0xff) + luma + random.nextGaussian());
            int b = clamp((rgb & 0xff) + luma + random.nextGaussian());
            pixels[i] = (r << 16) | (gr << 8) | b;
        }
    }

    private static int tinted(int grey, Random random) {
        return clamp(grey + random.nextGaussian() * 12);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static Color colour(Random random, int brightest) {
        return new Color(random.nextInt(brightest + 1), random.nextInt(brightest + 1), random.nextInt(brightest + 1));
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
