/** XLIFF export and import of an issue's translations (docs/translation-exchange.md). */
package org.bulletincms.web.exchange;
