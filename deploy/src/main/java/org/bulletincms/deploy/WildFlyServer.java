package org.bulletincms.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Galleon-provisioned WildFly with the Bulletin WAR, started as a child process.
 *
 * @param home     the provisioned server ({@code deploy/target/server})
 * @param dataDir  where the embedded H2 database lives ({@code cms.data.dir}); outside the build
 *                 directory so content survives {@code mvn clean}
 */
public record WildFlyServer(Path home, Path dataDir, URI providerUrl, int portOffset, Map<String, String> environment) {

    public static final int HTTP_PORT = 8080;
    public static final int MANAGEMENT_PORT = 9990;

    /** The product's server: standard ports, the embedded H2 database. */
    public WildFlyServer(Path home, Path dataDir, URI providerUrl) {
        this(home, dataDir, providerUrl, 0, Map.of());
    }

    public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    public URI applicationUrl() {
        return URI.create("http://localhost:" + (HTTP_PORT + portOffset) + "/");
    }

    public URI readiness() {
        return URI.create("http://localhost:" + (MANAGEMENT_PORT + portOffset) + "/health/ready");
    }

    /**
     * Replaces the deployed WAR with {@code war} plus the section-type plugin jars in {@code plugins}
     * (added to its {@code WEB-INF/lib}, which is all installing a plugin takes). The deployment scanner
     * deploys it at boot.
     */
    public void deploy(Path war, List<Path> plugins) {
        Path deployments = home.resolve("standalone/deployments");
        Path deployed = deployments.resolve("bulletin.war");
        try (Stream<Path> markers = Files.list(deployments)) {
            for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith("bulletin.war."))
                    .toList()) {
                Files.delete(marker);
            }
            Files.copy(war, deployed, StandardCopyOption.REPLACE_EXISTING);
            if (!plugins.isEmpty()) {
                try (FileSystem zip = FileSystems.newFileSystem(deployed)) {
                    for (Path plugin : plugins) {
                        Files.copy(
                                plugin,
                                zip.getPath("WEB-INF/lib", String.valueOf(plugin.getFileName())),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deploy " + war + " to " + deployments, e);
        }
    }

    public ServerProcess start(Path log) {
        return start(log, List.of());
    }

    /**
     * Starts the server with {@code moreArguments} after the standard ones: {@code standalone.sh} sets each
     * {@code -Dname=value} as a system property once the JVM runs, so these override what {@code JAVA_OPTS} says
     * (the fault-injection tests pass the integration tests' options and then their own port offset).
     */
    public ServerProcess start(Path log, List<String> moreArguments) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(log.toAbsolutePath().resolveSibling(".").normalize());
            Path script = home.resolve("bin/standalone.sh");
            script.toFile().setExecutable(true);
            List<String> command = new ArrayList<>(List.of(
                    script.toString(),
                    "-Dcms.data.dir=" + dataDir.toAbsolutePath(),
                    "-Dcms.oidc.provider-url=" + providerUrl,
                    "-Djboss.socket.binding.port-offset=" + portOffset));
            command.addAll(moreArguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment()
                    .merge(
                            "JAVA_OPTS",
                            String.join(
                                    " ",
                                    "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true",
                                    // PDFBox and friends try to unmap buffers; without these they log scary stack
                                    // traces.
                                    "--add-opens=java.base/java.nio=ALL-UNNAMED",
                                    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED"),
                            (existing, ours) -> existing + " " + ours);
            return new ServerProcess("WildFly", builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start WildFly from " + home, e);
        }
    }

    public void awaitReady(Optional<Process> process) {
        Readiness.await("WildFly", readiness(), STARTUP_TIMEOUT, process);
        Readiness.await("Bulletin CMS", applicationUrl().resolve("api/delivery/v1"), STARTUP_TIMEOUT, process);
    }
}
