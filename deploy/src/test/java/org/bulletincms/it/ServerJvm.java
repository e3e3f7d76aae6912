package org.bulletincms.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's JVM, inspected the way an operator would with the JDK's {@code jcmd}: found through the
 * management model (the runtime platform MBean's name is {@code pid@host}); the server runs on the tests' machine.
 */
final class ServerJvm {

    private static final Pattern PID = Pattern.compile("\"result\" => \"(\\d+)@");

    private final long pid;

    private ServerJvm(long pid) {
        this.pid = pid;
    }

    static ServerJvm ofTestServer() throws IOException, InterruptedException {
        String said = ServerRestart.cli("/core-service=platform-mbean/type=runtime:read-attribute(name=name)");
        Matcher name = PID.matcher(said);
        if (!name.find()) {
            throw new IllegalStateException("the management model named no process: " + said);
        }
        return new ServerJvm(Long.parseLong(name.group(1)));
    }

    /**
     * The class loaders of {@code module} (for instance {@code deployment.bulletin.war}) still alive after a full
     * garbage collection, one line of {@code jcmd VM.classloaders} each. One collection may not be enough: what a
     * finalizer still has to release goes with a later one.
     */
    List<String> classLoadersAfterCollection(String module) {
        jcmd("GC.run");
        return jcmd("VM.classloaders")
                .lines()
                .filter(line -> line.contains("\"" + module + "\""))
                .map(String::strip)
                .toList();
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + said);
            }
            return said;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while jcmd ran", e);
        }
    }
}
