/** The workflow API: transitions, sign-offs, editions, translation overview, scheduled publication, tasks. */
package org.bulletincms.web.workflow;
