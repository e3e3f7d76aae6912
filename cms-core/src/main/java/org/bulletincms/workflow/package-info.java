/**
 * The editorial workflow: draft → in translation → in review → approved → published, who may move an issue
 * along, sign-offs over a hash of the whole issue, and publishing as one immutable snapshot.
 */
package org.bulletincms.workflow;
