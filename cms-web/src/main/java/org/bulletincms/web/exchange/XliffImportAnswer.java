package org.bulletincms.web.exchange;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bulletincms.exchange.ImportReport;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ViolationMessages;
import org.bulletincms.web.workflow.TextChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an XLIFF import did: counts, then each unit of the file with its outcome and, if not applied, why. */
@Schema(
        name = "XliffImportReport",
        description = "Per unit of the uploaded file: applied, unchanged, outdated or refused, with the reasons.")
@JsonbPropertyOrder({"applied", "unchanged", "outdated", "refused", "units"})
public record XliffImportAnswer(
        @Schema(required = true, description = "Units whose target is now the translation")
        long applied,

        @Schema(required = true, description = "Units without a target, or whose target was the translation already")
        long unchanged,

        @Schema(required = true, description = "Units whose source changed since the export: not applied")
        long outdated,

        @Schema(required = true, description = "Units not applied for the reasons they give")
        long refused,

        @Schema(required = true, description = "Every unit of the file, in its order")
        List<Unit> units) {

    private static final ViolationMessages MESSAGES = new ViolationMessages();

    static XliffImportAnswer of(ImportReport report, Locale language, InstalledSectionTypes types) {
        return new XliffImportAnswer(
                report.count(ImportReport.Outcome.APPLIED),
                report.count(ImportReport.Outcome.UNCHANGED),
                report.count(ImportReport.Outcome.OUTDATED),
                report.count(ImportReport.Outcome.REFUSED),
                report.units().stream()
                        .map(unit -> new Unit(
                                unit.unit(),
                                unit.outcome().code(),
                                unit.reasons().stream()
                                        .map(reason -> Reason.of(reason, language, types))
                                        .toList(),
                                unit.sourceThen(),
                                unit.sourceNow(),
                                unit.sourceChanges().map(TextChange::of)))
                        .toList());
    }

    /** One unit of the file. */
    @Schema(name = "XliffImportUnit", description = "One unit of the file and what became of it.")
    @JsonbPropertyOrder({"id", "outcome", "reasons", "sourceThen", "sourceNow", "sourceChanges"})
    public record Unit(
            @Schema(required = true, description = "The unit's id as the file has it", example = "item:0b7c…:body")
            String id,

            @Schema(
                    required = true,
                    enumeration = {"applied", "unchanged", "outdated", "refused"})
            String outcome,

            @Schema(required = true, description = "Why it was refused; empty otherwise")
            List<Reason> reasons,

            @Schema(description = "Outdated units: the source as the file has it (words only)")
            Optional<String> sourceThen,

            @Schema(description = "Outdated units: the source now (words only)")
            Optional<String> sourceNow,

            @Schema(
                    description = "Outdated units: what changed from sourceThen to sourceNow, word by word "
                            + "(character by character in Chinese)")
            Optional<List<TextChange>> sourceChanges) {}

    /** Why a unit was not applied: a stable code and a sentence in the caller's language. */
    @Schema(name = "XliffImportReason", description = "A reason a unit was not applied.")
    @JsonbPropertyOrder({"code", "message", "pointer"})
    public record Reason(
            @Schema(required = true, example = "xliff.codes-mismatch")
            String code,

            @Schema(required = true, description = "In the caller's language")
            String message,

            @Schema(required = true, description = "Where in the item's content, when about a field; else empty")
            String pointer) {

        static Reason of(FieldViolation violation, Locale language, InstalledSectionTypes types) {
            String message = violation
                    .sectionType()
                    .flatMap(types::find)
                    .map(type -> MESSAGES.render(violation.violation(), language, type))
                    .orElseGet(() -> MESSAGES.render(violation.violation(), language));
            return new Reason(violation.violation().messageKey(), message, violation.pointer());
        }
    }
}
