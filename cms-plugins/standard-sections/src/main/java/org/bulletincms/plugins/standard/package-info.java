/**
 * The section types every Bulletin CMS installation ships with, drawn from the sustainable public
 * procurement newsletter of our first users: {@code news}, {@code event}, {@code declaration},
 * {@code report-summary}, {@code programme-profile}, {@code working-group}, {@code results},
 * {@code podcast-series}, {@code survey}, {@code announcement} and {@code colophon}.
 *
 * <p>Like any third-party plugin, this package uses nothing of Bulletin CMS but
 * {@code org.bulletincms.spi} (a test enforces it).
 *
 * <p>Translatable or shared: prose, names of things and places, and list items are translatable;
 * addresses, dates, numbers, choices and e-mail addresses are shared. People are translatable as a
 * whole because their titles and organisations are prose; names are usually copied unchanged.
 * Key figures are translatable because their labels are; their values must agree across locales.
 */
package org.bulletincms.plugins.standard;
