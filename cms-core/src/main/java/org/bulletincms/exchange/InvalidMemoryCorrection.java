package org.bulletincms.exchange;

import java.util.List;
import java.util.Map;
import org.bulletincms.refusal.Refusal;

/**
 * A correction of a memory entry that cannot be kept: a translation without words (it would be offered as an exact
 * match and fill a field with nothing; deleting the entry is the way to take a translation out), or a rich-text
 * translation whose markup is not the source's (every element of the source, once each, none added; markup is taken
 * from the source, so a correction cannot bring its own). Answers {@code invalid-content} with the {@code target} member under {@code errors}.
 */
public class InvalidMemoryCorrection extends Refusal {

    private final FieldViolation violation;

    private InvalidMemoryCorrection(String messageKey, Map<String, Object> arguments) {
        super("invalid-content", Kind.INVALID, "memory correction: " + messageKey);
        this.violation = FieldViolation.of("/target", messageKey, arguments);
    }

    public static InvalidMemoryCorrection empty() {
        return new InvalidMemoryCorrection("memory.correction-empty", Map.of());
    }

    public static InvalidMemoryCorrection unbalanced(String found) {
        return new InvalidMemoryCorrection("xliff.codes-unbalanced", Map.of("found", found));
    }

    public static InvalidMemoryCorrection mismatched(String found, String expected) {
        return new InvalidMemoryCorrection("xliff.codes-mismatch", Map.of("found", found, "expected", expected));
    }

    @Override
    public String detailKey() {
        return "memory-correction-invalid";
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return List.of(violation);
    }
}
