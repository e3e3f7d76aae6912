package org.bulletincms.web.comment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.bulletincms.account.Accounts;
import org.bulletincms.comment.Comment;

/** Comments as the management API writes them. */
final class CommentJson {

    private CommentJson() {}

    static JsonObject list(List<Comment> comments, Accounts accounts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        comments.forEach(comment -> array.add(one(comment, accounts)));
        return Json.createObjectBuilder().add("comments", array).build();
    }

    static JsonObject one(Comment comment, Accounts accounts) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", comment.id().toString())
                .add("issue", comment.issueId().toString());
        comment.itemId().ifPresent(item -> json.add("item", item.toString()));
        comment.anchor().ifPresent(anchor -> json.add("field", anchor.pointer()));
        json.add("text", comment.text())
                .add("author", accounts.shownName(comment.author()))
                .add("createdAt", comment.createdAt().toString())
                .add("resolved", comment.isResolved());
        comment.resolvedBy().ifPresent(by -> json.add("resolvedBy", accounts.shownName(by)));
        comment.resolvedAt().ifPresent(at -> json.add("resolvedAt", at.toString()));
        return json.add("version", comment.version()).build();
    }
}
