/**
 * Issues of a publication: numbered ({@code 2024年第2期}, {@code 总第16期}), made of ordered rubrics that hold
 * ordered items. {@link org.bulletincms.issue.Issue} is the aggregate root; items of every section type live
 * here, their content checked by the section types of {@code org.bulletincms.sectiontype}.
 *
 * <p>The issue's life cycle lives here too: its {@link org.bulletincms.issue.Stage}s, the transition table
 * ({@link org.bulletincms.issue.WorkflowAction}: from which stage, to which, for which roles), the one answer to
 * "may this actor do this now, and if not, why" ({@link org.bulletincms.issue.IssuePermissions} over every
 * {@link org.bulletincms.issue.IssueAction}) and the refusals it gives ({@link org.bulletincms.issue.IllegalTransition},
 * {@link org.bulletincms.issue.ContentLocked}, {@link org.bulletincms.issue.CommentRequired}).
 * {@code org.bulletincms.workflow} drives it (sign-offs, publishing, tasks) and depends on this package, never the
 * other way round.
 */
package org.bulletincms.issue;
