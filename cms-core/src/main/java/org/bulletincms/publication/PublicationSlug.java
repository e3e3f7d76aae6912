package org.bulletincms.publication;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable, URL-safe name of a publication, e.g. {@code spp-newsletter}. Front-end sites put it in
 * their URLs, so it is lower-case kebab-case ASCII and never changes once chosen.
 */
public record PublicationSlug(String value) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 64;

    public PublicationSlug {
        Objects.requireNonNull(value, "slug");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(
                    "not a kebab-case slug of at most " + MAX_LENGTH + " characters: " + value);
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && KEBAB.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
