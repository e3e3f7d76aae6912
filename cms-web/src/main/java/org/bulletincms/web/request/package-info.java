/** Reading request bodies safely: size limits and JSON field checks that report every error at once. */
package org.bulletincms.web.request;
