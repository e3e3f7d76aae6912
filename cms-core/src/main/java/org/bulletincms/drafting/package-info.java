/**
 * Drafting an issue: the one write path for its items and rubrics ({@link org.bulletincms.drafting.Drafting}). Every
 * write takes the actor and the version the actor read, is checked once for role and stage, records the writer as a
 * contributor of the issue (the four-eyes rule), tells history what was written, and answers with a view record
 * ({@link org.bulletincms.drafting.ItemView}, {@link org.bulletincms.drafting.RubricView}, {@link
 * org.bulletincms.drafting.IssueVersion}) carrying the new version. The web edge only parses requests and maps
 * these records; nothing else writes items or rubrics.
 */
package org.bulletincms.drafting;
