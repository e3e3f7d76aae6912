package org.bulletincms.sectiontype.testkit;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.bulletincms.spi.ItemContent;

/**
 * Reads sample content from JSON files next to a test class, in the form of
 * {@link ItemContent#toJson()}: long bilingual texts read better in JSON than in Java strings.
 */
public final class SampleFiles {

    private SampleFiles() {}

    /**
     * The content in a resource relative to {@code anchor}'s package.
     *
     * @throws IllegalArgumentException if the resource does not exist
     */
    public static ItemContent read(Class<?> anchor, String resource) {
        try (InputStream json = anchor.getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalArgumentException("No sample '" + resource + "' next to " + anchor.getName());
            }
            try (JsonReader reader = Json.createReader(json)) {
                return ItemContent.fromJson(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
