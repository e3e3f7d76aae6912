package org.bulletincms.sectiontype;

import java.security.CodeSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a section type comes from, so that a start-up failure names the class and the jar to fix.
 *
 * @param className the implementing class
 * @param location  the jar or directory it was loaded from, when the class loader tells
 */
public record SectionTypeOrigin(String className, Optional<String> location) {

    public SectionTypeOrigin {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(location, "location");
    }

    static SectionTypeOrigin of(Class<?> type) {
        return new SectionTypeOrigin(type.getName(), locationOf(type));
    }

    private static Optional<String> locationOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null
                    ? Optional.empty()
                    : Optional.of(source.getLocation().toString());
        } catch (SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return className + location.map(where -> " (from " + where + ")").orElse("");
    }
}
