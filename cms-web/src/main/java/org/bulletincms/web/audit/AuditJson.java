package org.bulletincms.web.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.bulletincms.account.Accounts;
import org.bulletincms.audit.AuditEntry;
import org.bulletincms.audit.AuditQuery;

/** Audit-log pages as the management API writes them. */
final class AuditJson {

    private AuditJson() {}

    static JsonObject page(List<AuditEntry> entries, AuditQuery query, Optional<URI> next, Accounts accounts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        entries.forEach(entry -> array.add(entry(entry, accounts)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("entries", array)
                .add("limit", query.limit())
                .add("maxLimit", AuditQuery.MAX_LIMIT);
        next.ifPresent(uri -> json.add("next", uri.toString()));
        return json.build();
    }

    private static JsonObject entry(AuditEntry entry, Accounts accounts) {
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("id", entry.id()).add("action", entry.action());
        entry.issueId().ifPresent(issue -> json.add("issue", issue.toString()));
        JsonObjectBuilder details = Json.createObjectBuilder();
        entry.details().forEach(details::add);
        return json.add("actor", accounts.shownName(entry.actor()))
                .add("at", entry.at().toString())
                .add("details", details)
                .build();
    }
}
