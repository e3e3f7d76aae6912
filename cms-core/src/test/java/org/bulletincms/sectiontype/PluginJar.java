package org.bulletincms.sectiontype;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletincms.spi.SectionType;

/**
 * A directory standing in for a plugin jar: it holds only a service registration, and its class
 * loader finds the registered classes among the tests' classes. Registering test types in the test
 * resources instead would register them in every plugin's tests too, through the test-jar.
 */
public final class PluginJar {

    private PluginJar() {}

    /** A class loader that sees a service registration of these class names. */
    public static ClassLoader registering(Path directory, List<String> classNames) {
        try {
            Path services = directory.resolve("META-INF/services");
            Files.createDirectories(services);
            Files.writeString(services.resolve(SectionType.class.getName()), String.join("\n", classNames) + "\n");
            return new URLClassLoader(new URL[] {directory.toUri().toURL()}, PluginJar.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
