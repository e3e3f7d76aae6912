package org.bulletincms.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the servers' threads running Bulletin CMS code were doing, in one line: said when a request timed out, so that
 * the failure's first line (the only one the build repeats at its end, and CI keeps only the end) shows where the
 * request was stuck. Every WildFly on this machine is asked ({@code jcmd Thread.print}); best effort, never fails.
 */
final class ServerThreads {

    private static final int FRAMES = 4;

    private ServerThreads() {}

    static String now() {
        try {
            List<String> busy = ProcessHandle.allProcesses()
                    .filter(process -> process.info()
                            .commandLine()
                            .filter(line -> line.contains("jboss-modules.jar"))
                            .isPresent())
                    .flatMap(process -> busy(dump(process.pid())).stream().map(thread -> process.pid() + " " + thread))
                    .toList();
            return busy.isEmpty() ? "no server thread was in Bulletin CMS code" : String.join(" | ", busy);
        } catch (RuntimeException e) {
            return "the servers' threads could not be read: " + e;
        }
    }

    /**
     * Request threads and threads in the database driver or blocked, with a Bulletin CMS frame: name, state, their
     * top frames and their first Bulletin CMS frames. Idle workers are left out.
     */
    private static List<String> busy(String dump) {
        List<String> found = new ArrayList<>();
        for (String thread : dump.split("\n\n")) {
            List<String> lines = thread.lines().map(String::strip).toList();
            if (lines.isEmpty() || !lines.get(0).startsWith("\"") || !thread.contains("org.bulletincms.")) {
                continue;
            }
            boolean serving = lines.get(0).startsWith("\"default task");
            boolean waitingForTheDatabase = thread.contains("org.postgresql.") || thread.contains("org.h2.");
            if (!serving && !waitingForTheDatabase && !thread.contains("State: BLOCKED")) {
                continue; // an idle worker
            }
            String name = lines.get(0).substring(1, Math.max(1, lines.get(0).indexOf('"', 1)));
            String state = lines.stream()
                    .filter(line -> line.startsWith("java.lang.Thread.State:"))
                    .map(line ->
                            line.substring("java.lang.Thread.State:".length()).strip())
                    .findFirst()
                    .orElse("?");
            List<String> frames = lines.stream()
                    .filter(line -> line.startsWith("at "))
                    .map(line -> line.substring(3).replaceAll("\\(java\\.base@[^/]*/", "("))
                    .toList();
            String top = frames.stream().limit(FRAMES).collect(Collectors.joining(" < "));
            String ours = frames.stream()
                    .filter(frame -> frame.startsWith("org.bulletincms."))
                    .limit(2)
                    .collect(Collectors.joining(" < "));
            found.add(name + " " + state + ": " + top + " ... " + ours);
        }
        return found;
    }

    private static String dump(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "";
            }
            return said;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
