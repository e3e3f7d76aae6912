/**
 * Comments: the conversation of the people working on an issue (editors, translators, approvers, admins),
 * about the issue as a whole, one item, or one field of an item ({@link org.bulletincms.comment.FieldAnchor}).
 * A comment is resolved when its point is settled and can be reopened; it is never edited, so a reply is a new
 * comment.
 */
package org.bulletincms.comment;
