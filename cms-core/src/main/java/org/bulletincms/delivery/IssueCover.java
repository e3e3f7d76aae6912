package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which issue and edition an item delivered alone belongs to. */
@Schema(description = "The issue and edition an item belongs to.")
@JsonbPropertyOrder({"year", "number", "cumulativeNumber", "edition", "label"})
public record IssueCover(
        @Schema(required = true) int year,
        @Schema(required = true) int number,
        @Schema(required = true) int cumulativeNumber,
        @Schema(required = true) int edition,
        @Schema(required = true, example = "2024年第2期 总第16期") String label) {}
