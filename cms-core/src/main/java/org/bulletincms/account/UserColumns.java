package org.bulletincms.account;

import java.util.List;
import java.util.Map;

/**
 * The one list of the columns that store a person. A migration that adds such a column must add it here, or
 * the people in it keep their legacy user names when they sign in; {@code UserColumnsTest} reads the migrations
 * and fails when a column named like a person ({@code *_by}, author, actor, approver, translator, username) is
 * in neither list.
 */
public final class UserColumns {

    /** Columns holding a subject (or a legacy user name until its holder signs in). */
    public static final List<UserColumn> ALL = List.of(
            new UserColumn("publication", "created_by"),
            new UserColumn("issue", "created_by"),
            new UserColumn("issue", "updated_by"),
            new UserColumn("issue", "publish_scheduled_by"),
            new UserColumn("item", "created_by"),
            new UserColumn("item", "updated_by"),
            new UserColumn("item_revision", "written_by"),
            new UserColumn("issue_comment", "author"),
            new UserColumn("issue_comment", "resolved_by"),
            new UserColumn("audit_entry", "actor"),
            new UserColumn("webhook_endpoint", "created_by"),
            new UserColumn("item_translation", "translated_by"),
            new UserColumn("issue_locale", "translator"),
            new UserColumn("issue_locale", "done_by"),
            new UserColumn("issue_contributor", "username"),
            new UserColumn("sign_off", "approver"),
            new UserColumn("sign_off", "voided_by"),
            // V78 copies its legacy names from sign_off.approver and audit_entry.actor, both listed by V71
            new UserColumn("review_decision", "reviewer"),
            new UserColumn("published_edition", "published_by"),
            new UserColumn("published_edition", "withdrawn_by"),
            new UserColumn("source_document", "uploaded_by"),
            new UserColumn("item_source", "linked_by"),
            new UserColumn("preview_link", "created_by"),
            // V86 stores subjects from the start: no legacy names to claim
            new UserColumn("media_image", "uploaded_by"));

    /** Columns named like a person that are not one, and why. */
    public static final Map<UserColumn, String> NOT_PEOPLE = Map.of(
            new UserColumn("source_document", "author"), "the author a PDF or Word file names in its metadata",
            new UserColumn("publication", "colophon_editor"), "the editor's name printed in the colophon, free text",
            new UserColumn("account", "subject"), "the mapping itself: who a subject is called",
            new UserColumn("account", "username"), "the mapping itself: what a subject is called now",
            new UserColumn("legacy_user_name", "username"), "the mapping itself: the legacy name to be claimed",
            new UserColumn("legacy_user_name", "bound_subject"), "the mapping itself: who claimed the name",
            new UserColumn("search_index_build", "claimed_by"),
                    "the server node building the search index, not a person");

    private UserColumns() {}
}
