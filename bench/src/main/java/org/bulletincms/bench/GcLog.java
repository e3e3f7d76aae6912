package org.bulletincms.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses in WildFly's GC log ({@code -Xlog:gc:file=…:timemillis}) between two instants: a pause line is
 * {@code [1765000000123ms] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 3.456ms}, logged when
 * the pause ends.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+)ms\\].*\\bPause\\b.*?([0-9.]+)ms$");

    private final Path file;

    GcLog(Path file) {
        this.file = file;
    }

    /** The JVM option that writes this log. */
    String option() {
        return "-Xlog:gc:file=" + file + ":timemillis";
    }

    record Pauses(int count, double totalMillis, double maxMillis) {}

    Pauses between(long fromEpochMillis, long toEpochMillis) throws IOException {
        int count = 0;
        double total = 0;
        double max = 0;
        if (!Files.exists(file)) {
            return new Pauses(0, 0, 0);
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = PAUSE.matcher(line.strip());
            if (!m.find()) {
                continue;
            }
            long at = Long.parseLong(m.group(1));
            if (at < fromEpochMillis || at > toEpochMillis) {
                continue;
            }
            double pause = Double.parseDouble(m.group(2));
            count++;
            total += pause;
            max = Math.max(max, pause);
        }
        return new Pauses(count, total, max);
    }
}
