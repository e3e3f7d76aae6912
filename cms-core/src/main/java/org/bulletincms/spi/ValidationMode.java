package org.bulletincms.spi;

/**
 * How strictly content is validated.
 *
 * <p>Both modes check everything that is present: JSON types, lengths, formats, allowed characters,
 * and a section type's consistency rules (an event that ends before it starts is wrong in a draft
 * too). They differ only in what must be present.
 *
 * @since 0.1
 */
public enum ValidationMode {

    /**
     * Saving work in progress: fields marked {@linkplain FieldSpec#requiredAtPublish() required} may be
     * empty, and a locale of the issue may still be missing. Section types should likewise skip
     * rules that only ask for something to be filled in.
     *
     * @since 0.1
     */
    DRAFT,

    /**
     * Publishing: every required shared field is present, and every required translatable field is
     * present in every locale of the issue.
     *
     * @since 0.1
     */
    PUBLISH
}
