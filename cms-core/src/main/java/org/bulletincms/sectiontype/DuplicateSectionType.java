package org.bulletincms.sectiontype;

import java.util.Objects;

/**
 * Two installed section types claim the same id. Thrown at start-up: items store only the id, so
 * the core could not tell whose content an item is.
 */
public final class DuplicateSectionType extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final transient SectionTypeOrigin first;
    private final transient SectionTypeOrigin second;

    DuplicateSectionType(String id, SectionTypeOrigin first, SectionTypeOrigin second) {
        super("Section type id '" + id + "' is declared by both " + first + " and " + second
                + ". Remove one of the two jars, or give one type another id if it is really a different type.");
        this.id = Objects.requireNonNull(id, "id");
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    /** The id claimed twice. */
    public String id() {
        return id;
    }

    /** The type installed first. */
    public SectionTypeOrigin first() {
        return first;
    }

    /** The type that came second. */
    public SectionTypeOrigin second() {
        return second;
    }
}
