package org.bulletincms.web.exchange;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.bulletincms.exchange.ImportReport;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a TMX import did: counts, then each translation unit of the file with its outcome and, if refused, why. */
@Schema(
        name = "TmxImportReport",
        description = "Per translation unit of the uploaded TMX file: applied, unchanged or refused, with the reasons.")
@JsonbPropertyOrder({"applied", "unchanged", "refused", "units"})
public record TmxImportAnswer(
        @Schema(required = true, description = "Units now in the memory as new entries")
        long applied,

        @Schema(required = true, description = "Units whose source and translation the memory had already")
        long unchanged,

        @Schema(required = true, description = "Units not brought in, for the reasons they give")
        long refused,

        @Schema(required = true, description = "Every unit of the file, in its order")
        List<Unit> units) {

    static TmxImportAnswer of(ImportReport report, Locale language, InstalledSectionTypes types) {
        return new TmxImportAnswer(
                report.count(ImportReport.Outcome.APPLIED),
                report.count(ImportReport.Outcome.UNCHANGED),
                report.count(ImportReport.Outcome.REFUSED),
                report.units().stream()
                        .map(unit -> new Unit(
                                unit.unit(),
                                unit.outcome().code(),
                                unit.reasons().stream()
                                        .map(reason -> XliffImportAnswer.Reason.of(reason, language, types))
                                        .toList()))
                        .toList());
    }

    /** One translation unit of the file. */
    @Schema(name = "TmxImportUnit", description = "One translation unit of the file and what became of it.")
    @JsonbPropertyOrder({"id", "outcome", "reasons"})
    public record Unit(
            @Schema(required = true, description = "Its tuid, or #n (its place in the file) when it has none")
            String id,

            @Schema(
                    required = true,
                    enumeration = {"applied", "unchanged", "refused"})
            String outcome,

            @Schema(required = true, description = "Why it was refused; empty otherwise")
            List<XliffImportAnswer.Reason> reasons) {}
}
