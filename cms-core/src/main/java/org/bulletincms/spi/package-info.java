/**
 * The section-type plugin contract: what a plugin implements to add a kind of bulletin item
 * (news, event, declaration, ...) to Bulletin CMS.
 *
 * <p>A plugin is a jar that implements {@link org.bulletincms.spi.SectionType} and registers the
 * implementation in {@code META-INF/services/org.bulletincms.spi.SectionType}. The core discovers it
 * with {@link java.util.ServiceLoader} at start-up, checks it, and refuses to start when it is
 * malformed or its id is taken. From then on the core owns storage, generic field checks,
 * rich-text sanitising, locales and workflow; the plugin contributes only what is specific to its
 * kind of item: the declared fields, cross-field rules, the delivery representation, the preview
 * and upgrades from older schema versions.
 *
 * <p>This package depends on nothing but {@code java.*} and {@code jakarta.json} (JSON-P), so that
 * a plugin compiles against a small, stable surface; a test enforces it. The contract grows only by
 * adding default methods and new types, never by changing a signature.
 *
 * <p>Threading: every {@code SectionType} is a stateless singleton that the core calls from many
 * threads at once. Every value type of this package is immutable and safe to share.
 *
 * @since 0.1
 */
package org.bulletincms.spi;
