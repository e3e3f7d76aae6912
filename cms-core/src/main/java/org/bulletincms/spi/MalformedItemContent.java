package org.bulletincms.spi;

import java.util.Objects;

/**
 * Thrown by {@link ItemContent#fromJson(jakarta.json.JsonObject)} when a JSON document is not item
 * content at all (for instance {@code "localized"} is an array). Unlike field problems, which are
 * reported as violations, there is nothing to validate field by field; the violation tells the
 * sender which part of the envelope is wrong.
 *
 * @since 0.1
 */
public final class MalformedItemContent extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    /**
     * @param violation where the envelope is wrong, with key {@code content.malformed}
     * @since 0.1
     */
    public MalformedItemContent(Violation violation) {
        super("Item content is malformed at '" + violation.pointer() + "': expected "
                + violation.arguments().get("expected")
                + ". Send {\"shared\": {...}, \"localized\": {\"zh-CN\": {...}, \"en\": {...}}}.");
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    /**
     * What is wrong, addressed like any other violation so that it can be reported the same way.
     *
     * @since 0.1
     */
    public Violation violation() {
        return violation;
    }
}
