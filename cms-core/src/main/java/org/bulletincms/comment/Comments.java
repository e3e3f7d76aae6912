package org.bulletincms.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.PublicationRepository;

/**
 * Reading, posting, resolving and reopening comments: the application service the web edge calls, each call its own
 * transaction, answering with {@link CommentView}s. Resolving and reopening are idempotent, so they name no version.
 */
@ApplicationScoped
@Transactional
public class Comments {

    @Inject
    CommentRepository comments;

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    Accounts accounts;

    Clock clock = Clock.systemUTC();

    /** What a comment on the issue may point to; empty when there is no such issue. */
    public Optional<CommentTarget> target(UUID issueId) {
        return issues.find(issueId).map(this::targetOf);
    }

    /**
     * Keeps a comment on the issue, on one of its items if {@code item} is given, on one field of it if {@code anchor}
     * is; the caller has checked both against {@link #target}. Written at once, so its id and version are final.
     */
    public CommentView post(
            UUID issueId, Optional<UUID> item, Optional<FieldAnchor> anchor, String text, String author) {
        Comment comment = item.map(id -> Comment.onItem(issueId, id, anchor, text, author, clock.instant()))
                .orElseGet(() -> Comment.onIssue(issueId, text, author, clock.instant()));
        comments.add(comment);
        comments.flush();
        return CommentView.of(comment, accounts);
    }

    public Optional<CommentView> find(UUID id) {
        return comments.find(id).map(comment -> CommentView.of(comment, accounts));
    }

    /**
     * The issue's comments, oldest first; only one item's if {@code itemId} is given, only unresolved ones if asked.
     * Empty when there is no such issue.
     */
    public Optional<List<CommentView>> ofIssue(UUID issueId, Optional<UUID> itemId, boolean openOnly) {
        return issues.find(issueId)
                .map(issue -> comments.ofIssue(issue.id(), itemId, openOnly).stream()
                        .map(comment -> CommentView.of(comment, accounts))
                        .toList());
    }

    /** Marks the comment resolved (the first resolver is kept); empty when there is no such comment. */
    public Optional<CommentView> resolve(UUID id, String by) {
        return written(id, comment -> comment.resolve(by, clock.instant()));
    }

    /** Opens a resolved comment again; empty when there is no such comment. */
    public Optional<CommentView> reopen(UUID id) {
        return written(id, Comment::reopen);
    }

    /** Changes the comment and writes it at once, so the answer carries its new version. */
    private Optional<CommentView> written(UUID id, Consumer<Comment> change) {
        return comments.find(id).map(comment -> {
            change.accept(comment);
            comments.flush();
            return CommentView.of(comment, accounts);
        });
    }

    private CommentTarget targetOf(Issue issue) {
        return new CommentTarget(
                issue.id(),
                publications.find(issue.publicationId()).orElseThrow().locales().all().stream()
                        .map(LocaleTag::value)
                        .collect(Collectors.toSet()),
                issue.items().stream().collect(Collectors.toMap(Item::id, Item::sectionType)));
    }
}
