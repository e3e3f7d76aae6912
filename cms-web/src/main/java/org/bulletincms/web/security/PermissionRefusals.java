package org.bulletincms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletincms.audit.AuditLog;
import org.bulletincms.issue.Issues;
import org.bulletincms.workflow.AuditEvent;

/**
 * Keeps every 403 in the audit log as a {@code permission-refused} entry: who, with which roles, tried which
 * method on which path, and the issue concerned when the path names one (directly or through an item).
 */
@ApplicationScoped
public class PermissionRefusals {

    /** The audit action of a refused request. */
    public static final String ACTION = "permission-refused";

    private static final Pattern ISSUE_PATH = Pattern.compile("^/api/v1/issues/([0-9a-fA-F-]{36})(/.*)?$");
    private static final Pattern ITEM_PATH = Pattern.compile("^/api/v1/items/([0-9a-fA-F-]{36})(/.*)?$");

    @Inject
    AuditLog auditLog;

    @Inject
    Issues issues;

    /**
     * Appends the refusal in a transaction of its own: the refused request's transaction, if it had one, is
     * rolled back, and the refusal must be kept regardless.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String method, String path, String user, List<String> roles, Instant at) {
        auditLog.append(new AuditEvent(
                ACTION,
                issueOf(path),
                user,
                at,
                Map.of("method", method, "path", path, "user", user, "roles", String.join(",", roles))));
    }

    private Optional<UUID> issueOf(String path) {
        Matcher issue = ISSUE_PATH.matcher(path);
        if (issue.matches()) {
            return uuid(issue.group(1));
        }
        Matcher item = ITEM_PATH.matcher(path);
        if (item.matches()) {
            return uuid(item.group(1)).flatMap(issues::idHoldingItem);
        }
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
