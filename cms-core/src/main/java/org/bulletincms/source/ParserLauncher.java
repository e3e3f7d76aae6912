package org.bulletincms.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The command that starts a parser JVM. Where the system allows it (Linux user namespaces, as on Debian and in
 * most containers), the parser runs in a network namespace of its own with no interface but a down loopback:
 * a document that makes a parser fetch a URL (an XML external entity, a remote image) reaches nothing, not even
 * the server's own ports. Tika already refuses such entities; this is the second wall. Where namespaces are not
 * available the plain {@code java} is used and a warning says so.
 */
final class ParserLauncher {

    private static final Logger LOG = Logger.getLogger(ParserLauncher.class.getName());

    private ParserLauncher() {
    }

    /** The program to start parsers with: a script around {@code java}, or {@code java} itself. */
    static Path prepare(Path workDirectory) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!namespacesAvailable()) {
            LOG.warning("Source parsers run WITH network access: this system does not let `unshare --net "
                    + "--map-root-user` create a network namespace. Tika still refuses external entities.");
            return java;
        }
        Path script = workDirectory.resolve("java-without-network");
        try {
            Files.writeString(script, "#!/bin/sh\nexec unshare --net --map-root-user -- '" + java + "' \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Source parsers run without network access (own network namespace)");
        return script;
    }

    private static boolean namespacesAvailable() {
        try {
            Process probe = new ProcessBuilder("unshare", "--net", "--map-root-user", "--", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
