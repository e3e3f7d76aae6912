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
 * @param matches     translations of the same source the translation memory offers
 */
public record ExchangeUnit(
        UnitId id,
        InlineText source,
        Optional<InlineText> target,
        TargetState state,
        Context context,
        String fingerprint,
        List<MemoryMatch> matches) {

    public ExchangeUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(fingerprint, "fingerprint");
        matches = List.copyOf(matches);
    }

    /** A unit the memory offers nothing for. */
    public ExchangeUnit(
            UnitId id,
            InlineText source,
            Optional<InlineText> target,
            TargetState state,
            Context context,
            String fingerprint) {
        this(id, source, target, state, context, fingerprint, List.of());
    }

    /** This unit, with these matches from the memory. */
    public ExchangeUnit withMatches(List<MemoryMatch> offered) {
        return new ExchangeUnit(id, source, target, state, context, fingerprint, offered);
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
