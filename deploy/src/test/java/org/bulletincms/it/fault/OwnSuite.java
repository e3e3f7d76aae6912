package org.bulletincms.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The life cycle every suite of the tests' own processes shares: a subclass names what to start, in order
 * ({@link #start(Processes)}); that happens once per test JVM, before the first test class that extends with the
 * suite, and every test class of the JVM gets the same running processes ({@link #running(Class)}). JUnit closes them
 * after the last test class (the root store closes what it holds), in reverse order; a failed start stops what had
 * started at once. Every run starts from nothing: {@link #emptied(Path)} for each data directory.
 *
 * @param <R> what the suite's tests drive
 */
public abstract class OwnSuite<R> implements BeforeAllCallback {

    private static final Map<Class<?>, Object> RUNNING = new ConcurrentHashMap<>();

    /** Starts the suite's processes with {@code processes}, which stops them; returns what the tests drive. */
    protected abstract R start(Processes processes);

    @Override
    public final void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(getClass()))
                .getOrComputeIfAbsent(Processes.class, type -> started(), Processes.class);
    }

    private Processes started() {
        Processes processes = new Processes();
        try {
            RUNNING.put(getClass(), start(processes));
            return processes;
        } catch (RuntimeException | Error e) {
            processes.close();
            throw e;
        }
    }

    /** What {@code suite} started, for its tests. */
    protected static <R> R running(Class<? extends OwnSuite<R>> suite) {
        @SuppressWarnings("unchecked") // put by started() of this very class
        R running = (R) RUNNING.get(suite);
        if (running == null) {
            throw new IllegalStateException(
                    suite.getSimpleName() + " has not started; use @ExtendWith(" + suite.getSimpleName() + ".class)");
        }
        return running;
    }

    /** A path the build sets for the suite ({@code -Dproperty}, deploy/pom.xml). */
    protected static Path path(String property) {
        return Path.of(setting(property));
    }

    /** A port or port offset the build sets for the suite. */
    protected static int number(String property) {
        return Integer.parseInt(setting(property));
    }

    private static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("the suite needs -D" + property + " (set by deploy/pom.xml)");
        }
        return value;
    }

    /** {@code directory} without anything in it: every run begins from nothing. */
    protected static Path emptied(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + directory, e);
        }
    }
}
