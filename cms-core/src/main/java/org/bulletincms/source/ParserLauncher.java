package org.bulletincms.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The command that starts a parser JVM: a script around {@code java} that gives the parser a minimal environment
 * (a fixed {@code PATH} and {@code LANG}, nothing of the server's: no {@code CMS_DB_PASSWORD}, no proxy settings,
 * no tokens), so a parser that a hostile file takes over finds no secret to read. Where the system allows it
 * (Linux user namespaces, as on Debian and in most containers), the parser also runs in a network namespace of its
 * own with no interface but a down loopback: a document that makes a parser fetch a URL (an XML external entity, a
 * remote image) reaches nothing, not even the server's own ports. Tika already refuses such entities; this is the
 * second wall. Where namespaces are not available a warning says so.
 */
final class ParserLauncher {

    private static final Logger LOG = Logger.getLogger(ParserLauncher.class.getName());
    /** All a parser's environment holds; Java finds the rest from its own installation and its arguments. */
    static final String ENVIRONMENT = "PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8";

    private ParserLauncher() {}

    /** The program to start parsers with: a script that clears the environment and runs {@code java}. */
    static Path prepare(Path workDirectory) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        boolean isolated = namespacesAvailable();
        if (isolated) {
            LOG.info("Source parsers run without network access (own network namespace) and with an empty environment");
        } else {
            LOG.warning("Source parsers run WITH network access: this system does not let `unshare --net "
                    + "--map-root-user` create a network namespace. Tika still refuses external entities.");
        }
        Path script = workDirectory.resolve("java-for-parsers");
        String command = (isolated ? "unshare --net --map-root-user -- " : "") + "'" + java + "' \"$@\"";
        try {
            Files.createDirectories(workDirectory);
            Files.writeString(script, "#!/bin/sh\nexec /usr/bin/env -i " + ENVIRONMENT + " " + command + "\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script;
    }

    @SuppressWarnings("try") // the context is held, not read
    private static boolean namespacesAvailable() {
        try (var reaper = ProcessReaperContext.enter()) {
            Process probe = new ProcessBuilder("unshare", "--net", "--map-root-user", "--", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!probe.waitFor(10, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
