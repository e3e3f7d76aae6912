/**
 * The core's side of section-type plugins: discovering and checking installed types, the generic
 * checks of item content against declared fields, rich-text sanitising, the escaping preview sink,
 * reading stored content whose type was upgraded or removed, and the texts of violations.
 *
 * <p>Typical use by the rest of the product:
 * <pre>{@code
 * InstalledSectionTypes types = InstalledSectionTypes.discover(classLoader);   // once, at start-up
 * SectionType type = types.require(typeId);                                   // UnknownSectionType
 * CheckedItemContent checked = contentCheck.check(type, content, ValidationMode.DRAFT, issueLocales);
 * if (checked.isAcceptable()) store(checked.content());                       // sanitised content
 * }</pre>
 *
 * <p>Every class here is immutable and thread-safe unless it says otherwise.
 */
package org.bulletincms.sectiontype;
