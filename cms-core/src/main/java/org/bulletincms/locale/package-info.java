/** Content locales and texts given per locale, shared by every feature that stores bilingual content. */
package org.bulletincms.locale;
