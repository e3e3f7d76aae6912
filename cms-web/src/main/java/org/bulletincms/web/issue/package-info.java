/** The management API for issues, rubrics and items. */
package org.bulletincms.web.issue;
