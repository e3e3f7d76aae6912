package org.bulletincms.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk from the machine's packages, 2 threads and {@value #CONNECTIONS} connections, with the benchmark's Lua script
 * ({@code random-url.lua}): a random request of a {@link UrlMix} each time, the same script for every server.
 */
final class Wrk {

    static final int CONNECTIONS = 32;
    static final int THREADS = 2;

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path script;
    private final Path lists;

    private Wrk(Path script, Path lists) {
        this.script = script;
        this.lists = lists;
    }

    /** Puts the script into {@code work}; the mixes' lists go to {@code work/lists}. */
    static Wrk in(Path work) throws IOException {
        Path script = work.resolve("random-url.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("random-url.lua")) {
            Files.write(script, in.readAllBytes());
        }
        return new Wrk(script, work.resolve("lists"));
    }

    /**
     * One run. {@code server} is scheme, host and port; the paths come from the mix.
     *
     * @param startMillis, endMillis wall-clock bounds of the run, for the GC log
     */
    record Load(
            double requestsPerSecond,
            double p50,
            double p99,
            long requests,
            long errors,
            long socketErrors,
            long startMillis,
            long endMillis,
            String output) {}

    Load run(URI server, UrlMix mix, String duration) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t" + THREADS,
                "-c" + CONNECTIONS,
                "-d" + duration,
                "--latency",
                "-s",
                script.toString(),
                server.toString(),
                "--"));
        for (Path list : mix.write(lists)) {
            command.add(list.toString());
        }
        long start = System.currentTimeMillis();
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        long end = System.currentTimeMillis();
        System.out.println("wrk " + server + " " + mix.name() + " ("
                + mix.paths().size() + " paths, " + mix.languages().size() + " Accept-Language values)\n" + out);
        Matcher errors = ERRORS.matcher(out);
        Matcher socket = SOCKET.matcher(out);
        long socketErrors = 0;
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(socket.group(group));
            }
        }
        return new Load(
                number(RATE, out),
                latency(out, "50%"),
                latency(out, "99%"),
                (long) number(TOTAL, out),
                errors.find() ? Long.parseLong(errors.group(1)) : 0,
                socketErrors,
                start,
                end,
                out);
    }

    private static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in wrk's output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A latency percentile of wrk's --latency table, in milliseconds. */
    static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)")
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output: " + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
