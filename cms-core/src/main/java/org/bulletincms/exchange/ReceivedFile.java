package org.bulletincms.exchange;

import java.util.List;
import java.util.Optional;

/**
 * What an uploaded XLIFF file says, before anything is checked against the issue.
 *
 * @param originals    the {@code original} of each of its {@code <file>}s
 * @param sourceLocale {@code srcLang} (2.x) or the first file's {@code source-language} (1.2)
 * @param targetLocale {@code trgLang} (2.x) or the first file's {@code target-language} (1.2)
 * @param units        every unit, in the file's order
 */
public record ReceivedFile(
        List<String> originals,
        Optional<String> sourceLocale,
        Optional<String> targetLocale,
        List<ReceivedUnit> units) {

    public ReceivedFile {
        originals = List.copyOf(originals);
        units = List.copyOf(units);
    }

    /**
     * One unit as the file has it; its codes carry ids only, their markup is the source's.
     *
     * @param id           as written, checked later
     * @param fingerprint  the source fingerprint the unit carries, if a tool kept it
     * @param source       the source text, segments joined
     * @param target       the target text, segments joined, when every segment has one
     * @param partlyTarget whether some segments have a target and others not
     */
    public record ReceivedUnit(
            String id,
            Optional<String> fingerprint,
            InlineText source,
            Optional<InlineText> target,
            boolean partlyTarget) {}
}
