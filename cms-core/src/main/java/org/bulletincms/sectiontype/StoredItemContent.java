package org.bulletincms.sectiontype;

/**
 * Stored content as the installed plugins can read it: either usable with its section type, or kept
 * verbatim because no installed type can read it.
 */
public sealed interface StoredItemContent permits ResolvedItemContent, OrphanedItemContent {

    /** The id of the section type the content was stored under. */
    String sectionTypeId();
}
