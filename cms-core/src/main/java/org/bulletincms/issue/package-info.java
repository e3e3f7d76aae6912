/**
 * Issues of a publication: numbered ({@code 2024年第2期}, {@code 总第16期}), made of ordered rubrics that hold
 * ordered items. {@link org.bulletincms.issue.Issue} is the aggregate root; items of every section type live
 * here, their content checked by the section types of {@code org.bulletincms.sectiontype}.
 */
package org.bulletincms.issue;
