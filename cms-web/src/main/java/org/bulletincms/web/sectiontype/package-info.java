/** Section-type plugins as the web application sees them: discovery at start-up and their description. */
package org.bulletincms.web.sectiontype;
