package org.bulletincms.sectiontype;

import java.util.List;
import java.util.Objects;

/**
 * An installed section type cannot be used: it could not be instantiated, or its declaration breaks
 * the contract (malformed id, missing label, duplicate field, missing upgrade, ...). Thrown at
 * start-up, because running with a broken plugin would fail later on stored content instead.
 */
public final class MalformedSectionType extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SectionTypeOrigin origin;
    private final List<String> problems;

    MalformedSectionType(SectionTypeOrigin origin, List<String> problems) {
        super(message(origin, problems));
        this.origin = Objects.requireNonNull(origin, "origin");
        this.problems = List.copyOf(problems);
    }

    MalformedSectionType(SectionTypeOrigin origin, String problem, Throwable cause) {
        super(message(origin, List.of(problem)), cause);
        this.origin = Objects.requireNonNull(origin, "origin");
        this.problems = List.of(problem);
    }

    /** The class (and jar) at fault. */
    public SectionTypeOrigin origin() {
        return origin;
    }

    /** Each thing to fix, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    private static String message(SectionTypeOrigin origin, List<String> problems) {
        StringBuilder message = new StringBuilder("Section type ")
                .append(origin)
                .append(" is malformed; fix the plugin or remove its jar:");
        problems.forEach(problem -> message.append("\n - ").append(problem));
        return message.toString();
    }
}
