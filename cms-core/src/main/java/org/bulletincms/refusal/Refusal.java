package org.bulletincms.refusal;

import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bulletincms.spi.Violation;

/**
 * A domain fact that stops what a user asked for (an illegal transition, a taken issue number), as opposed to a
 * failure of the product. The web edge answers every refusal the same way: an RFC 9457 problem whose {@code type} is
 * {@code urn:bulletin-cms:problem:} followed by the {@link #code()}, whose status follows from the {@link #kind()},
 * and whose title and detail are the {@code problems} bundle's texts for the code, in the caller's language.
 *
 * <p>A code is part of the API: clients branch on it, so it never changes once released. A fact gets a code of its
 * own, except where it answered a general type before codes existed (an oversized source is
 * {@code request-too-large}, a refused webhook URL {@code invalid-content} with its field under {@code errors}):
 * clients already branch on those, so such a fact keeps the type and tells itself apart by its {@link #detailKey()},
 * its {@link #facts()} and its {@link #fieldViolations()}. Refusals are expected, so they carry no stack trace.
 * Immutable.
 *
 * @since 0.2
 */
public abstract class Refusal extends RuntimeException {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What kind of refusal it is; the web edge derives the HTTP status from it. */
    public enum Kind {
        /** The request cannot be read as the operation's input (400). */
        MALFORMED,
        /** The caller may not do this (403). */
        FORBIDDEN,
        /** What the request names does not exist (404). */
        NOT_FOUND,
        /** The request is well-formed but the current state of things does not allow it (409). */
        CONFLICT,
        /** The request's content breaks a rule of the content model (422). */
        INVALID,
        /** The caller's copy is out of date: someone changed the thing after the caller read it (412). */
        STALE,
        /** What was sent is larger than the limit for it (413). */
        TOO_LARGE,
        /** What was sent is of a kind of content that is not accepted (415). */
        UNSUPPORTED_TYPE,
        /** A change must name the version it changes, and this one did not (428). */
        VERSION_REQUIRED,
        /** The product cannot do it now; the same request may succeed later (503). */
        UNAVAILABLE,
        /** The disk the product writes to has too little room for it (507). */
        NO_ROOM
    }

    private final String code;
    private final Kind kind;
    private final transient List<Object> arguments;

    /**
     * @param code      stable kebab-case code of the fact, e.g. {@code illegal-transition}
     * @param message   for the log, in English; users see the bundle's text instead
     * @param arguments values for the bundle's detail text, in the order its {@code {0}}, {@code {1}} use them
     */
    protected Refusal(String code, Kind kind, String message, Object... arguments) {
        super(message, null, false, false);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A refusal code is lower-case kebab words: '" + code + "'");
        }
        this.code = code;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public final String code() {
        return code;
    }

    public final Kind kind() {
        return kind;
    }

    /** The values of the detail text. */
    public final List<Object> arguments() {
        return arguments;
    }

    /**
     * The key of the detail text in the {@code problems} bundle, without its {@code detail.} prefix; the code unless
     * one fact has several wordings (a permission refused for different reasons).
     */
    public String detailKey() {
        return code;
    }

    /** Machine-readable members of the problem besides the standard ones, e.g. which translations are missing. */
    public Map<String, JsonValue> facts() {
        return Map.of();
    }

    /**
     * The fields the refusal is about, each with a violation the edge renders in the caller's language, listed as
     * the problem's {@code errors}; empty when the refusal is about the request as a whole.
     */
    public List<FieldViolation> fieldViolations() {
        return List.of();
    }

    /**
     * A violation at a place in the request or in stored content.
     *
     * @param pointer     an RFC 6901 pointer into the request body, or into the issue for stored content
     * @param sectionType the section type whose messages render the violation, if it is about an item's content
     */
    public record FieldViolation(String pointer, Violation violation, Optional<String> sectionType) {

        public FieldViolation {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(violation, "violation");
            Objects.requireNonNull(sectionType, "sectionType");
        }

        public static FieldViolation of(String pointer, String messageKey) {
            return of(pointer, messageKey, Map.of());
        }

        /** A violation of a field of the request, worded by the core's messages with these named arguments. */
        public static FieldViolation of(String pointer, String messageKey, Map<String, Object> arguments) {
            return new FieldViolation(pointer, Violation.of("", messageKey, arguments), Optional.empty());
        }
    }
}
