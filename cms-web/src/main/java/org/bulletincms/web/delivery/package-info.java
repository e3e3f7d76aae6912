/** The anonymous, read-only delivery API for front-end sites: published content only. */
package org.bulletincms.web.delivery;
