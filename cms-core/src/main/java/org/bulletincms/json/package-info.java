/**
 * JSON as the product fingerprints it: one canonical text form, so that equal content hashes equally. Sign-offs
 * ({@code workflow}) and the source values a translation was made from ({@code translation}) both hash content
 * this way; it lives here, below both, because it is neither's concept.
 */
package org.bulletincms.json;
