/** The management API for publications (bulletin series). */
package org.bulletincms.web.publication;
