/**
 * What the product says when it will not do what a user asked: {@link org.bulletincms.refusal.Refusal}, the base of
 * every domain refusal, with its stable code and kind. Depends on nothing of ours but the SPI's
 * {@link org.bulletincms.spi.Violation}, so that every feature package can refuse without knowing how the web edge
 * answers.
 */
package org.bulletincms.refusal;
