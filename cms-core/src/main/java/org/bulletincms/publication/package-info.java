/**
 * Publications: bulletin series such as the SPP Programme Newsletter, with their locales.
 * Issues (numbered, e.g. 2024年第2期 / 总第16期) belong to exactly one publication.
 */
package org.bulletincms.publication;
