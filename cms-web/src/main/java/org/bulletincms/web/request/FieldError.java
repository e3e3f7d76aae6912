package org.bulletincms.web.request;

/**
 * One thing wrong with a request body: where (an RFC 6901 JSON pointer into the body), a stable
 * machine-readable code, and a sentence for people.
 */
public record FieldError(String pointer, String code, String message) {}
