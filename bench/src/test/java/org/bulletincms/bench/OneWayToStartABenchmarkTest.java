package org.bulletincms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmarks' common start-up consolidated: each benchmark once parsed its own arguments and wrote its own
 * database environment, copies that drifted apart. Now {@link BenchArguments} and {@link BenchDatabase} are the one
 * way, and this test fails when a copy comes back.
 */
class OneWayToStartABenchmarkTest {

    private static final Path SOURCES = Path.of("src/main/java/org/bulletincms/bench");

    @Test
    void onlyBenchArgumentsParsesArguments() throws IOException {
        assertEquals(List.of("BenchArguments.java"), filesContaining("arg.indexOf('=')"));
    }

    @Test
    void onlyBenchDatabaseWritesTheDatabaseEnvironment() throws IOException {
        assertEquals(List.of("BenchDatabase.java"), filesContaining("\"CMS_DB_DRIVER\""));
    }

    private static List<String> filesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(file -> read(file).contains(text))
                    .map(file -> file.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
