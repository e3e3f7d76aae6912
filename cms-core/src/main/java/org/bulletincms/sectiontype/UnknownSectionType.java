package org.bulletincms.sectiontype;

import java.util.Objects;

/**
 * Someone asked for a section type that is not installed, for instance to create an item of it.
 * Existing items of such a type are not an error: they are read as {@link OrphanedItemContent}.
 */
public final class UnknownSectionType extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;

    public UnknownSectionType(String id) {
        super("No section type '" + id
                + "' is installed. Install the plugin that provides it, or choose an installed type.");
        this.id = Objects.requireNonNull(id, "id");
    }

    /** The id asked for. */
    public String id() {
        return id;
    }
}
