package org.bulletincms.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bulletincms.history.TextChanges;
import org.bulletincms.refusal.Refusal.FieldViolation;

/** What an XLIFF import did with each unit of the file, in the file's order. */
public record ImportReport(List<UnitOutcome> units) {

    public ImportReport {
        units = List.copyOf(units);
    }

    public long count(Outcome outcome) {
        return units.stream().filter(unit -> unit.outcome() == outcome).count();
    }

    /** What became of one unit. */
    public enum Outcome {
        /** Its target is now the translation. */
        APPLIED,
        /** Its target was the translation already, or it has none: nothing to write. */
        UNCHANGED,
        /** Its source changed since the export: not applied; the unit says what changed. */
        OUTDATED,
        /** Not applied, for the reasons the unit gives. */
        REFUSED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param unit       the unit's id as the file writes it
     * @param outcome    what became of it
     * @param reasons    why it was refused (or held with its item), each worded for the caller
     * @param sourceThen an outdated unit's source as the file has it (words only)
     * @param sourceNow  an outdated unit's source now
     */
    public record UnitOutcome(
            String unit,
            Outcome outcome,
            List<FieldViolation> reasons,
            Optional<String> sourceThen,
            Optional<String> sourceNow) {

        public UnitOutcome {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(outcome, "outcome");
            reasons = List.copyOf(reasons);
        }

        /**
         * An outdated unit's source changes, word by word (character by character in Chinese), from
         * {@code sourceThen} to {@code sourceNow}; empty for other outcomes.
         */
        public Optional<TextChanges> sourceChanges() {
            return sourceThen.flatMap(then -> sourceNow.map(now -> TextChanges.between(then, now)));
        }

        static UnitOutcome of(String unit, Outcome outcome) {
            return new UnitOutcome(unit, outcome, List.of(), Optional.empty(), Optional.empty());
        }

        static UnitOutcome refused(String unit, List<FieldViolation> reasons) {
            return new UnitOutcome(unit, Outcome.REFUSED, reasons, Optional.empty(), Optional.empty());
        }

        static UnitOutcome outdated(String unit, String sourceThen, String sourceNow) {
            return new UnitOutcome(unit, Outcome.OUTDATED, List.of(), Optional.of(sourceThen), Optional.of(sourceNow));
        }
    }
}
