package org.bulletincms.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Posting comments: the application service the web edge calls, so that no resource writes a repository. */
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
}
