/** Strong ETags and If-Match preconditions: the second of two concurrent writers gets 412, never a lost update. */
package org.bulletincms.web.concurrency;
