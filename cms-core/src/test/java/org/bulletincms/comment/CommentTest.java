package org.bulletincms.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Instant NOW = Instant.parse("2024-07-01T08:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void resolvingTwiceKeepsWhoSettledItFirstAndReopeningClearsIt() {
        Comment comment = Comment.onIssue(UUID.randomUUID(), "请核对期号。", "anna", NOW);

        comment.resolve("edith", NOW);
        comment.resolve("adam", LATER);
        assertEquals(Optional.of("edith"), comment.resolvedBy());
        assertEquals(Optional.of(NOW), comment.resolvedAt());

        comment.reopen();
        assertFalse(comment.isResolved());
        assertEquals(Optional.empty(), comment.resolvedBy());
    }

    @Test
    void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
        Comment comment = Comment.onIssue(UUID.randomUUID(), "请核对期号。", "anna", NOW.plusNanos(123_456_789));

        assertEquals(NOW.plusNanos(123_456_000), comment.createdAt());
    }

    @Test
    void aFieldAnchorNeedsAnItem() {
        Comment comment = Comment.onItem(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Optional.of(new FieldAnchor("/localized/en/title")),
                "Title too long?",
                "tom",
                NOW);

        assertTrue(comment.anchor().isPresent());
        assertTrue(comment.itemId().isPresent());
    }

    @Test
    void textIsOneToTheMaximumNumberOfCharacters() {
        UUID issue = UUID.randomUUID();

        assertThrows(IllegalArgumentException.class, () -> Comment.onIssue(issue, " ", "tom", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> Comment.onIssue(issue, "字".repeat(Comment.MAX_TEXT_LENGTH + 1), "tom", NOW));
        assertEquals(
                Comment.MAX_TEXT_LENGTH,
                Comment.onIssue(issue, "字".repeat(Comment.MAX_TEXT_LENGTH), "tom", NOW)
                        .text()
                        .length());
    }
}
