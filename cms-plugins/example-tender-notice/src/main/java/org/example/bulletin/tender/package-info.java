/**
 * An example third-party section-type plugin: {@code tender-notice}, a public tender with its
 * sustainability criteria. It shows everything a plugin needs and nothing more: one class
 * implementing {@link org.bulletincms.spi.SectionType}, its registration in
 * {@code META-INF/services/org.bulletincms.spi.SectionType}, and a contract test.
 */
package org.example.bulletin.tender;
