package org.bulletincms.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reading, posting, resolving and reopening comments: the application service the web edge calls, so that no
 * resource uses a repository. Resolving and reopening are idempotent, so they name no version.
 */
@ApplicationScoped
@Transactional
public class Comments {

    @Inject
    CommentRepository comments;

    /** Keeps the comment, written at once so that its id and version are final when it is answered. */
    public Comment post(Comment comment) {
        comments.add(comment);
        comments.flush();
        return comment;
    }

    public Optional<Comment> find(UUID id) {
        return comments.find(id);
    }

    /** The issue's comments, oldest first; only one item's if {@code itemId} is given, only unresolved ones if asked. */
    public List<Comment> ofIssue(UUID issueId, Optional<UUID> itemId, boolean openOnly) {
        return comments.ofIssue(issueId, itemId, openOnly);
    }

    /** Marks the comment resolved (the first resolver is kept); empty when there is no such comment. */
    public Optional<Comment> resolve(UUID id, String by, Instant at) {
        return written(id, comment -> comment.resolve(by, at));
    }

    /** Opens a resolved comment again; empty when there is no such comment. */
    public Optional<Comment> reopen(UUID id) {
        return written(id, Comment::reopen);
    }

    /** Changes the comment and writes it at once, so the answer carries its new version. */
    private Optional<Comment> written(UUID id, Consumer<Comment> change) {
        Optional<Comment> comment = comments.find(id);
        comment.ifPresent(found -> {
            change.accept(found);
            comments.flush();
        });
        return comment;
    }
}
