package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserLauncherTest {

    @TempDir
    Path work;

    /** Run in the child JVM: prints the names of its environment variables, one a line. */
    public static final class PrintEnvironment {
        public static void main(String[] arguments) {
            new TreeSet<>(System.getenv().keySet()).forEach(System.out::println);
        }
    }

    @Test
    void parserProcessesGetNoneOfTheServersEnvironment() throws Exception {
        ProcessBuilder parser = new ProcessBuilder(
                ParserLauncher.prepare(work).toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PrintEnvironment.class.getName());
        parser.environment().put("CMS_DB_PASSWORD", "secret");
        parser.environment().put("AWS_SECRET_ACCESS_KEY", "secret");
        Process process = parser.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);

        assertEquals(0, process.exitValue(), output);
        assertEquals(Set.of("PATH", "LANG"), Set.copyOf(output.lines().toList()), output);
    }
}
