package org.bulletincms.exchange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One translatable text of an issue as it is exported: its source, its current translation if any, and what a
 * translator needs to know about it.
 *
 * @param id          stable across exports
 * @param source      the text in the publication's source locale
 * @param target      the text in the target locale, when there is one
 * @param state       how far the target is along
 * @param context     what the text is, in the translator's language
 * @param fingerprint of the source text; an import compares it with the source then
 * @param matches     translations of the same or a similar source the translation memory offers for the text
 * @param paragraphs  for a rich text of several paragraphs, what the memory offers each paragraph that it has a
 *                    match for (a CAT tool segments paragraphs as the memory records them); empty for other texts
 */
public record ExchangeUnit(
        UnitId id,
        InlineText source,
        Optional<InlineText> target,
        TargetState state,
        Context context,
        String fingerprint,
        List<MemoryMatch> matches,
        List<ParagraphMatches> paragraphs) {

    public ExchangeUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(fingerprint, "fingerprint");
        matches = List.copyOf(matches);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A unit the memory offers nothing for. */
    public ExchangeUnit(
            UnitId id,
            InlineText source,
            Optional<InlineText> target,
            TargetState state,
            Context context,
            String fingerprint) {
        this(id, source, target, state, context, fingerprint, List.of(), List.of());
    }

    /** This unit, with these matches from the memory for the whole text and for its paragraphs. */
    public ExchangeUnit withMatches(List<MemoryMatch> offered, List<ParagraphMatches> offeredParagraphs) {
        return new ExchangeUnit(id, source, target, state, context, fingerprint, offered, offeredParagraphs);
    }

    /** Whether the memory offers anything for the text or one of its paragraphs. */
    public boolean hasMatches() {
        return !matches.isEmpty() || !paragraphs.isEmpty();
    }

    /** How far a unit's target is along, in XLIFF's terms. */
    public enum TargetState {
        /** No target, or one translated from an older source: to be (re)translated. */
        INITIAL("initial", "needs-translation"),
        /** Translated from the current source. */
        TRANSLATED("translated", "translated"),
        /** Translated from the current source, and the translator marked the locale done. */
        FINAL("final", "final");

        private final String xliff2;
        private final String xliff12;

        TargetState(String xliff2, String xliff12) {
            this.xliff2 = xliff2;
            this.xliff12 = xliff12;
        }

        String in(XliffVersion version) {
            return version == XliffVersion.V1_2 ? xliff12 : xliff2;
        }
    }

    /**
     * What the text is: its section type's and field's names in the translator's language, and the most code
     * points the field holds (markup included for rich text).
     */
    public record Context(String sectionType, String field, OptionalInt maxLength) {}
}
