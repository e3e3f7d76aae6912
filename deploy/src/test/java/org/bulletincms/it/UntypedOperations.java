package org.bulletincms.it;

import java.util.Map;

/**
 * The one list of operations whose answers the OpenAPI document does not yet type precisely, each with its reason.
 * {@link DocumentedResponses} does not check their JSON answers, and {@code ManagementApiDocumentIT} does not
 * require their schemas; an operation the document types precisely must leave this list (that test says so). The
 * list only shrinks: a new operation is typed when it is written.
 */
final class UntypedOperations {

    /** Empty: every operation is typed. A new one is typed when it is written, never listed here. */
    static final Map<String, String> REASONS = Map.of();

    private UntypedOperations() {}
}
