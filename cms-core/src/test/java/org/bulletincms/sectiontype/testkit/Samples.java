package org.bulletincms.sectiontype.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bulletincms.spi.ItemContent;

/**
 * The content a plugin supplies to prove its section type.
 *
 * @param valid         content publishable in every issue locale (zh-CN and en unless the test says
 *                      otherwise); at least one; ideally taken from real bulletins
 * @param draftOnly     content acceptable as a draft but not publishable (something required is
 *                      missing); at least one when the type has a required field or a publish rule
 * @param hostile       content that must be rejected or neutralised, beyond what the kit derives from
 *                      the field specs itself
 * @param olderVersions content of each older schema version, by version; required for every version
 *                      the type declares an upgrade from
 */
public record Samples(
        List<Sample> valid, List<Sample> draftOnly, List<Sample> hostile, Map<Integer, List<Sample>> olderVersions) {

    public Samples {
        valid = List.copyOf(valid);
        draftOnly = List.copyOf(draftOnly);
        hostile = List.copyOf(hostile);
        Map<Integer, List<Sample>> copy = new TreeMap<>();
        olderVersions.forEach((version, samples) -> copy.put(version, List.copyOf(samples)));
        olderVersions = Collections.unmodifiableMap(copy);
    }

    /** Starts an empty set of samples. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects samples; not thread-safe. */
    public static final class Builder {

        private final List<Sample> valid = new ArrayList<>();
        private final List<Sample> draftOnly = new ArrayList<>();
        private final List<Sample> hostile = new ArrayList<>();
        private final Map<Integer, List<Sample>> olderVersions = new TreeMap<>();

        private Builder() {}

        /** Adds content that is publishable in every issue locale. */
        public Builder valid(String description, ItemContent content) {
            valid.add(new Sample(description, content));
            return this;
        }

        /** Adds content that is a valid draft but not publishable. */
        public Builder draftOnly(String description, ItemContent content) {
            draftOnly.add(new Sample(description, content));
            return this;
        }

        /** Adds content that must be rejected or neutralised. */
        public Builder hostile(String description, ItemContent content) {
            hostile.add(new Sample(description, content));
            return this;
        }

        /** Adds content as stored under an older schema version; upgraded, it must be publishable. */
        public Builder olderVersion(int version, String description, ItemContent content) {
            olderVersions
                    .computeIfAbsent(version, v -> new ArrayList<>())
                    .add(new Sample(description, Objects.requireNonNull(content)));
            return this;
        }

        public Samples build() {
            return new Samples(valid, draftOnly, hostile, olderVersions);
        }
    }
}
