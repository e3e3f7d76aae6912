package org.bulletincms.sectiontype;

import java.util.Objects;
import org.bulletincms.refusal.Refusal;

/**
 * Someone asked for a section type that is not installed, for instance to create an item of it.
 * Existing items of such a type are not an error: they are read as {@link OrphanedItemContent}.
 */
public final class UnknownSectionType extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String id;

    public UnknownSectionType(String id) {
        super("unknown-section-type", Kind.INVALID, "No section type '" + id + "' is installed", id);
        this.id = Objects.requireNonNull(id, "id");
    }

    /** The id asked for. */
    public String id() {
        return id;
    }
}
