/** Who is calling: the identity and roles the bearer token carries. */
package org.bulletincms.web.identity;
