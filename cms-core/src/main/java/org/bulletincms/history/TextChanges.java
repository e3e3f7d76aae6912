package org.bulletincms.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * What changed between an old and a new text, as a reader wants to see it: the new text's words in order, with
 * the old words that left marked removed and the new ones added, so a translator sees {@code 4} → {@code 四} in a
 * paragraph of 150 characters instead of the whole paragraph twice.
 *
 * <p>The texts are cut into {@linkplain #tokens(String) tokens} (a word of an alphabetic script, a run of spaces,
 * one Han, Kana or Hangul character, one punctuation mark) and compared with Myers' algorithm (java-diff-utils,
 * in linear space). Rich text is compared by its <em>visible text</em> ({@link #visibleText(String)}): a change of
 * markup alone (a word put in bold) shows no change of words.
 *
 * @param segments the texts in reading order: unchanged, removed and added runs, neighbours of one kind merged;
 *                 removed before added where a run was replaced
 * @since issue 18
 */
public record TextChanges(List<Segment> segments) {

    /**
     * Texts of more tokens than this on either side are shown as one removed and one added run: Myers' algorithm
     * takes time in proportion to the texts' length times the number of differences, and two long, unrelated
     * texts would cost seconds for a difference nobody reads token by token. A rich text at the longest field
     * length (20,000 characters) of Chinese has 20,000 tokens; the longest seed paragraph about 150.
     */
    public static final int MAX_TOKENS = 20_000;

    /** A run of the texts: the same in both, only in the old one, or only in the new one. */
    public record Segment(Kind kind, String text) {

        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Whether a run is in both texts, only in the old one or only in the new one. */
    public enum Kind {
        SAME,
        REMOVED,
        ADDED;

        /** The kind as the API writes it: {@code same}, {@code removed}, {@code added}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TextChanges {
        segments = List.copyOf(segments);
    }

    /** The changes between two plain texts. */
    public static TextChanges between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        Builder changes = new Builder();
        if (old.size() > MAX_TOKENS || now.size() > MAX_TOKENS) {
            changes.add(Kind.REMOVED, old);
            changes.add(Kind.ADDED, now);
            return changes.build();
        }
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now, new MeyersDiffWithLinearSpace<String>(), null, true)
                .getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> changes.add(Kind.SAME, delta.getSource().getLines());
                case DELETE -> changes.add(Kind.REMOVED, delta.getSource().getLines());
                case INSERT -> changes.add(Kind.ADDED, delta.getTarget().getLines());
                case CHANGE -> {
                    changes.add(Kind.REMOVED, delta.getSource().getLines());
                    changes.add(Kind.ADDED, delta.getTarget().getLines());
                }
            }
        }
        return changes.build();
    }

    /**
     * The changes between two field values, when both are texts (or one of them is absent): their visible texts
     * compared; empty for values of other kinds (lists, records, numbers), which are shown whole.
     */
    public static Optional<TextChanges> betweenValues(Optional<JsonValue> before, Optional<JsonValue> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> old = before.flatMap(TextChanges::text);
        Optional<String> now = after.flatMap(TextChanges::text);
        if ((before.isPresent() && old.isEmpty()) || (after.isPresent() && now.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(between(visibleText(old.orElse("")), visibleText(now.orElse(""))));
    }

    private static Optional<String> text(JsonValue value) {
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    /**
     * The text a reader sees of a stored value: a value with markup (sanitised rich text, which escapes every
     * {@code <} and {@code &} of its words) by its text, elements separated by a space as jsoup renders them,
     * white space collapsed; a value without markup as it is. The editorial UI shows stored values the same way.
     */
    public static String visibleText(String value) {
        if (value.indexOf('<') < 0 && value.indexOf('&') < 0) {
            return value;
        }
        return Jsoup.parseBodyFragment(value).body().text();
    }

    /**
     * The tokens a text is compared by: a word of an alphabetic script (letters, digits and their combining marks:
     * {@code Summit}, {@code 2024}, {@code café}), a run of white space, one character of a script written without
     * spaces (Han, Hiragana, Katakana, Hangul: {@code 四}), one punctuation mark or symbol ({@code ，}, {@code -}).
     * Concatenated, the tokens are the text.
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        TokenKind runKind = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            TokenKind kind = TokenKind.of(codePoint);
            if (kind == TokenKind.MARK && !run.isEmpty()) {
                run.appendCodePoint(codePoint); // a combining mark or variation selector stays with its letter
                continue;
            }
            if (kind != runKind || !kind.runs) {
                if (!run.isEmpty()) {
                    tokens.add(run.toString());
                    run.setLength(0);
                }
                runKind = kind;
            }
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty()) {
            tokens.add(run.toString());
        }
        return tokens;
    }

    private enum TokenKind {
        WORD(true),
        SPACE(true),
        CHARACTER(false),
        MARK(false),
        PUNCTUATION(false);

        /** Whether neighbouring characters of this kind make one token. */
        final boolean runs;

        TokenKind(boolean runs) {
            this.runs = runs;
        }

        static TokenKind of(int codePoint) {
            switch (Character.getType(codePoint)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                    return MARK;
                }
                default -> {
                    // not a mark
                }
            }
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return SPACE;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL) {
                return Character.isLetterOrDigit(codePoint) ? CHARACTER : PUNCTUATION;
            }
            return Character.isLetterOrDigit(codePoint) ? WORD : PUNCTUATION;
        }
    }

    /**
     * Collects runs in order and writes them as a reader wants them: between two unchanged runs, everything removed,
     * then everything added (the algorithm may give them interleaved); white space alone left unchanged between two
     * changes goes with them ({@code commits to} → {@code :}, not {@code commits}, {@code " "}, {@code to}).
     */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder removed = new StringBuilder();
        private final StringBuilder added = new StringBuilder();
        private String pendingSpace = "";

        void add(Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String text = String.join("", tokens);
            if (kind == Kind.SAME) {
                flushSpace();
                if (text.isBlank() && changing()) {
                    pendingSpace = text;
                    return;
                }
                flushChanges();
                append(Kind.SAME, text);
                return;
            }
            if (!pendingSpace.isEmpty()) {
                removed.append(pendingSpace);
                added.append(pendingSpace);
                pendingSpace = "";
            }
            (kind == Kind.REMOVED ? removed : added).append(text);
        }

        private boolean changing() {
            return !removed.isEmpty() || !added.isEmpty();
        }

        private void flushSpace() {
            if (!pendingSpace.isEmpty()) {
                String space = pendingSpace;
                pendingSpace = "";
                flushChanges();
                append(Kind.SAME, space);
            }
        }

        private void flushChanges() {
            if (!removed.isEmpty()) {
                append(Kind.REMOVED, removed.toString());
                removed.setLength(0);
            }
            if (!added.isEmpty()) {
                append(Kind.ADDED, added.toString());
                added.setLength(0);
            }
        }

        private void append(Kind kind, String text) {
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).kind() == kind) {
                segments.set(last, new Segment(kind, segments.get(last).text() + text));
            } else {
                segments.add(new Segment(kind, text));
            }
        }

        TextChanges build() {
            flushSpace();
            flushChanges();
            return new TextChanges(segments);
        }
    }
}
