package org.bulletincms.it;

import java.util.Map;

/**
 * The one list of operations whose answers the OpenAPI document does not yet type precisely, each with its reason.
 * {@link DocumentedResponses} does not check their JSON answers, and {@code ManagementApiDocumentIT} does not
 * require their schemas; an operation the document types precisely must leave this list (that test says so). The
 * list only shrinks: a new operation is typed when it is written.
 */
final class UntypedOperations {

    private static final String ITEMS = "rubric writes answer the whole issue document, typed with the issue answer";
    private static final String ISSUE = "the issue answer gains allowedActions (issue 14 item 6) and its resource "
            + "holds the rubric writes ('services'); typed with them";
    private static final String SNAPSHOT = "the stored snapshot as it was published, older editions in older "
            + "shapes; typed once the delivery schema states which shapes it keeps";

    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("PUT /api/v1/issues/{issue}/rubrics/{rubric}", ITEMS),
            Map.entry("DELETE /api/v1/issues/{issue}/rubrics/{rubric}", ITEMS),
            Map.entry("PUT /api/v1/issues/{issue}/rubric-order", ITEMS),
            Map.entry("PUT /api/v1/issues/{issue}/rubrics/{rubric}/item-order", ITEMS),
            Map.entry("PUT /api/v1/issues/{issue}", ISSUE),
            Map.entry("DELETE /api/v1/issues/{issue}", ISSUE),
            Map.entry("GET /api/v1/issues/{issue}/contents", ISSUE),
            Map.entry("POST /api/v1/publications/{publication}/issues", ISSUE),
            Map.entry("GET /api/v1/issues/{issue}/editions/{edition}", SNAPSHOT));

    private UntypedOperations() {}
}
