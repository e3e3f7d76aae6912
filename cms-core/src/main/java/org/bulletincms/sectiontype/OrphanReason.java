package org.bulletincms.sectiontype;

/** Why stored content cannot be read by the installed section types. */
public enum OrphanReason {
    /** No installed plugin provides the section type; installing it again makes the content usable. */
    TYPE_NOT_INSTALLED,
    /** The content was written by a newer version of the plugin than the one installed. */
    SCHEMA_NEWER_THAN_INSTALLED,
    /** The stored JSON is not item content, or its schema version is below 1. */
    CONTENT_MALFORMED,
    /** The plugin's upgrade of the content failed; the plugin needs fixing. */
    UPGRADE_FAILED
}
