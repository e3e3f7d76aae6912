/** RFC 9457 problem details: every API error is mapped here, in one place, and nowhere else. */
package org.bulletincms.web.problem;
