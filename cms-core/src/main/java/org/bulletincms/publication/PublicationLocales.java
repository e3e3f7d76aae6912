package org.bulletincms.publication;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.bulletincms.locale.LocaleTag;

/**
 * The locales a publication's issues are written in: the source locale that editors write
 * (e.g. {@code zh-CN}) and the target locales that translators fill (e.g. {@code en}).
 */
public record PublicationLocales(LocaleTag source, List<LocaleTag> targets) {

    public PublicationLocales {
        Objects.requireNonNull(source, "source locale");
        targets = List.copyOf(targets);
        if (targets.contains(source)) {
            throw new IllegalArgumentException("the source locale " + source + " cannot also be a target locale");
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException("target locales repeat: " + targets);
        }
    }

    /** Source first, then targets in their declared order. */
    public List<LocaleTag> all() {
        return Stream.concat(Stream.of(source), targets.stream()).toList();
    }
}
