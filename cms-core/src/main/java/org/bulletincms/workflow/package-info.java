/**
 * The editorial workflow that moves an issue along its life cycle (draft → in translation → in review → approved
 * → published; the stages and the transition table are the issue's own, in {@code org.bulletincms.issue}):
 * sign-offs over a hash of the whole issue, the four-eyes rule, and publishing as one immutable snapshot.
 */
package org.bulletincms.workflow;
