package org.bulletincms.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits on pictures (system properties or MicroProfile Config), checked when the application starts so a bad
 * value stops the deployment with a message naming the property:
 * <ul>
 * <li>{@code cms.media.max-upload-bytes} (20971520 = 20 MiB): the largest file accepted; a larger one is refused
 * with 413 as soon as its size is known, before the rest is read;</li>
 * <li>{@code cms.media.max-pixels} (24000000, a 6000 × 4000 photo): the most pixels a picture may declare in its
 * header (for a GIF, any of its frames); a larger one is refused before a byte of it is decoded. Processing one
 * picture allocates at most {@link ImageProcessing#BYTES_PER_PIXEL} bytes of heap per pixel, and pictures are
 * decoded one at a time per server, so this limit bounds the heap pictures can take (24 MP: under 1 GB allocated,
 * far less held at once);</li>
 * <li>{@code cms.media.quota-bytes} (1073741824 = 1 GiB): the bytes one publication's library may hold, pictures
 * and their renditions together; an upload that would pass it is refused and nothing is kept;</li>
 * <li>{@code cms.media.decode-seconds} (10): the longest decoding one picture may take; a picture within the pixel
 * limit decodes in well under a second, so one that takes longer is given up (checked as the decoder reports its
 * progress, row by row) and refused.</li>
 * </ul>
 */
@ApplicationScoped
public class MediaLimits {

    @Inject
    @ConfigProperty(name = "cms.media.max-upload-bytes", defaultValue = "20971520")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "cms.media.max-pixels", defaultValue = "24000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "cms.media.quota-bytes", defaultValue = "1073741824")
    long quotaBytes;

    @Inject
    @ConfigProperty(name = "cms.media.decode-seconds", defaultValue = "10")
    long decodeSeconds;

    public MediaLimits() {
        // for CDI
    }

    /** Limits given directly (tests); checked like configured ones. */
    public MediaLimits(long maxUploadBytes, long maxPixels, long quotaBytes, long decodeSeconds) {
        this.maxUploadBytes = maxUploadBytes;
        this.maxPixels = maxPixels;
        this.quotaBytes = quotaBytes;
        this.decodeSeconds = decodeSeconds;
        check();
    }

    @PostConstruct
    void check() {
        require(maxUploadBytes >= 1024, "cms.media.max-upload-bytes must be at least 1024, but is " + maxUploadBytes);
        require(
                maxPixels >= 4096 && maxPixels <= 100_000_000,
                "cms.media.max-pixels must be between 4096 and 100000000, but is " + maxPixels);
        require(
                quotaBytes >= maxUploadBytes,
                "cms.media.quota-bytes must be at least cms.media.max-upload-bytes (" + maxUploadBytes + "), but is "
                        + quotaBytes);
        require(
                decodeSeconds >= 1 && decodeSeconds <= 600,
                "cms.media.decode-seconds must be between 1 and 600, but is " + decodeSeconds);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public long maxPixels() {
        return maxPixels;
    }

    public long quotaBytes() {
        return quotaBytes;
    }

    public Duration decodeTime() {
        return Duration.ofSeconds(decodeSeconds);
    }
}
