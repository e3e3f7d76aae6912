/** The management API for comments on issues, items and fields, and resolving or reopening them. */
package org.bulletincms.web.comment;
