package org.bulletincms.source;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits on source reports (system properties or MicroProfile Config), checked when the application starts
 * so a bad value stops the deployment with a message naming the property:
 * <ul>
 * <li>{@code cms.sources.max-upload-bytes} (52428800 = 50 MiB): the largest file accepted; a larger one is
 * refused with 413 as soon as its size is known, before the rest is read;</li>
 * <li>{@code cms.sources.parse-timeout-seconds} (120): how long one file may be parsed; the parser process is then
 * killed and the source fails with {@code timeout};</li>
 * <li>{@code cms.sources.parser-heap-mb} (512): the heap of each parser process; a file needing more fails with
 * {@code out-of-memory};</li>
 * <li>{@code cms.sources.max-extracted-characters} (10000000): the longest text kept from one file; a longer one
 * fails with {@code write-limit};</li>
 * <li>{@code cms.sources.parsers} (half the processors, 1 to 4): parser processes, hence files extracted at the
 * same time. Each is a JVM of its own that compiles the parser code on its own; on 2 processors a second one
 * competes with the first and with the server, and two extract fewer pages per second than one
 * (bench/results/extraction.md). A second process still lets other files through while one hangs until its time
 * limit, so set 2 where that matters more than throughput;</li>
 * <li>{@code cms.sources.max-attempts} (2): how often an extraction interrupted by a server stop is started
 * again before the source fails with {@code interrupted}.</li>
 * </ul>
 */
@ApplicationScoped
public class SourceLimits {

    @Inject
    @ConfigProperty(name = "cms.sources.max-upload-bytes", defaultValue = "52428800")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "cms.sources.parse-timeout-seconds", defaultValue = "120")
    long parseTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "cms.sources.parser-heap-mb", defaultValue = "512")
    int parserHeapMb;

    @Inject
    @ConfigProperty(name = "cms.sources.max-extracted-characters", defaultValue = "10000000")
    int maxExtractedCharacters;

    @Inject
    @ConfigProperty(name = "cms.sources.parsers")
    Optional<Integer> configuredParsers;

    int parsers;

    @Inject
    @ConfigProperty(name = "cms.sources.max-attempts", defaultValue = "2")
    int maxAttempts;

    public SourceLimits() {
        // for CDI
    }

    /** Limits given directly (tests, the benchmark); checked like configured ones. */
    public SourceLimits(
            long maxUploadBytes,
            Duration parseTimeout,
            int parserHeapMb,
            int maxExtractedCharacters,
            int parsers,
            int maxAttempts) {
        this.maxUploadBytes = maxUploadBytes;
        this.parseTimeoutSeconds = parseTimeout.toSeconds();
        this.parserHeapMb = parserHeapMb;
        this.maxExtractedCharacters = maxExtractedCharacters;
        this.parsers = parsers;
        this.maxAttempts = maxAttempts;
        check();
    }

    @PostConstruct
    void configure() {
        parsers = configuredParsers.orElseGet(
                () -> defaultParsers(Runtime.getRuntime().availableProcessors()));
        check();
    }

    /** Half the processors, at least one and at most four: the rest serve editors and the database. */
    static int defaultParsers(int processors) {
        return Math.max(1, Math.min(4, processors / 2));
    }

    void check() {
        require(maxUploadBytes >= 1024, "cms.sources.max-upload-bytes must be at least 1024, but is " + maxUploadBytes);
        require(
                parseTimeoutSeconds >= 1,
                "cms.sources.parse-timeout-seconds must be at least 1, but is " + parseTimeoutSeconds);
        require(parserHeapMb >= 64, "cms.sources.parser-heap-mb must be at least 64, but is " + parserHeapMb);
        require(
                maxExtractedCharacters >= 1000,
                "cms.sources.max-extracted-characters must be at least 1000, but is " + maxExtractedCharacters);
        require(parsers >= 1 && parsers <= 32, "cms.sources.parsers must be between 1 and 32, but is " + parsers);
        require(maxAttempts >= 1, "cms.sources.max-attempts must be at least 1, but is " + maxAttempts);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public Duration parseTimeout() {
        return Duration.ofSeconds(parseTimeoutSeconds);
    }

    public int parserHeapMb() {
        return parserHeapMb;
    }

    public int maxExtractedCharacters() {
        return maxExtractedCharacters;
    }

    public int parsers() {
        return parsers;
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
