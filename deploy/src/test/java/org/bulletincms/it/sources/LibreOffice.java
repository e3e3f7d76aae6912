package org.bulletincms.it.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's LibreOffice, headless, converting flat ODT files to the formats editors upload. One process converts
 * many files to one format (starting LibreOffice is most of the cost), with a private profile so that parallel
 * builds and a desktop session do not share, or lock, each other's.
 */
final class LibreOffice {

    /** What the converted files become. */
    enum Format {
        PDF("pdf", "pdf"),
        DOCX("docx", "docx:MS Word 2007 XML");

        private final String extension;
        private final String filter;

        Format(String extension, String filter) {
            this.extension = extension;
            this.filter = filter;
        }
    }

    private static final Path EXECUTABLE = Path.of("/usr/bin/libreoffice");

    /** A conversion takes about a second; a minute means LibreOffice is stuck, typically on a locked profile. */
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private LibreOffice() {}

    /**
     * Converts every source into {@code outDir}, each named like its source with the format's extension.
     *
     * @return the converted files, in the order of {@code sources}
     */
    static List<Path> convert(Format format, Path outDir, List<Path> sources) throws IOException {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(
                    EXECUTABLE + " is missing: apt-get install libreoffice-writer-nogui" + " fonts-noto-cjk");
        }
        Path profile = Files.createTempDirectory("bulletin-libreoffice-profile-");
        try {
            List<String> command = new ArrayList<>(List.of(
                    EXECUTABLE.toString(),
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    format.filter,
                    "--outdir",
                    outDir.toString()));
            sources.forEach(source -> command.add(source.toString()));
            run(command, profile.resolve("output.log"));
        } finally {
            deleteTree(profile);
        }
        List<Path> converted = sources.stream()
                .map(source -> outDir.resolve(withExtension(source, format)))
                .toList();
        for (Path file : converted) {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new IllegalStateException("LibreOffice did not write " + file);
            }
        }
        return converted;
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice took more than " + TIMEOUT + ": " + command);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while LibreOffice converted " + command, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("LibreOffice exited with " + process.exitValue() + ": "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static String withExtension(Path source, Format format) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + "." + format.extension;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete LibreOffice's profile " + root, e);
        }
    }
}
