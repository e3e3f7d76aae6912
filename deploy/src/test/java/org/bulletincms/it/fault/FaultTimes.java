package org.bulletincms.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * The recovery times the fault tests measure, printed and appended to {@code target/fault-times.txt} so that the
 * README can report what was measured rather than what was hoped for.
 */
public final class FaultTimes {

    private static final Path FILE = Path.of("target", "fault-times.txt");

    private FaultTimes() {}

    /** A time the test waited for, with the deadline it would have failed at. */
    public static void record(String what, Duration took, Duration deadline) {
        write(String.format(
                Locale.ROOT,
                "%-70s %8.3f s (deadline %s s)%n",
                what,
                took.toNanos() / 1e9,
                deadline.toMillis() / 1000.0));
    }

    /** A time that is measured, not waited for (how long a load ran), so it has no deadline. */
    public static void record(String what, Duration took) {
        write(String.format(Locale.ROOT, "%-70s %8.3f s%n", what, took.toNanos() / 1e9));
    }

    private static void write(String line) {
        System.out.print("[fault-times] " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
