package org.bulletincms.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of server processes from {@code /proc/PID/stat} (user + system clock ticks), read before and after a
 * run: the server's CPU time per request is the difference ÷ requests. Less sensitive to other work on a shared
 * machine than requests/s, as long as the machine is not so loaded that caches and frequency suffer.
 */
final class ProcessCpu {

    private static final long TICKS_PER_SECOND = ticksPerSecond();

    private final List<ProcessHandle> processes;

    private ProcessCpu(List<ProcessHandle> processes) {
        this.processes = processes;
    }

    /** WildFly's JVM: the {@code java} process that {@code standalone.sh} started. */
    static ProcessCpu javaBelow(ProcessHandle script) {
        List<ProcessHandle> java = script.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .toList();
        if (java.isEmpty()) {
            throw new IllegalStateException("no java process below " + script.pid());
        }
        return new ProcessCpu(java);
    }

    /** nginx's master and its workers. */
    static ProcessCpu tree(ProcessHandle root) {
        return new ProcessCpu(Stream.concat(Stream.of(root), root.descendants()).toList());
    }

    /** User + system time so far, in milliseconds. */
    long millis() {
        long ticks = 0;
        for (ProcessHandle process : processes) {
            ticks += ticks(process.pid());
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
            // after "pid (comm) ": field 3 (state) is at index 0, utime (14) at 11, stime (15) at 12
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
