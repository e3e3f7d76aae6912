/**
 * Translation exchange with CAT tools and agencies: an issue's translatable text for one target locale written as an
 * XLIFF file ({@link XliffWriter}), and a translated file read back ({@link XliffReader}), checked unit by unit and
 * applied through the translation form's own write path ({@link TranslationExchange}). docs/translation-exchange.md
 * states the formats and the rules of an import.
 */
package org.bulletincms.exchange;
