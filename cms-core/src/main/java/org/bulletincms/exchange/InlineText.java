package org.bulletincms.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A text as a CAT tool sees it: runs of words between inline codes that stand for markup the translator moves but
 * does not write. A rich-text value's elements become paired codes ({@code <p>…</p>}, {@code <strong>…</strong>})
 * and its empty elements lone codes ({@code <br>}); codes are numbered 1, 2, … in document order, so the same
 * source always gives the same ids. The markup of a code lives here, never in the file: a translated text read
 * from a file has codes without markup, which {@link #restoredFrom(InlineText)} takes from the source by id.
 * Immutable.
 */
public record InlineText(List<Fragment> fragments) {

    /** A piece of an inline text: words or a code. */
    public sealed interface Fragment permits Text, Start, End, Lone {

        /** The piece as HTML: words escaped, a code as its markup. */
        String html();

        /** A code's kind and id ({@code s1}, {@code e1}, {@code l3}); empty for words. */
        Optional<String> codeKey();

        /** A code as a translator would list it: {@code 1}, {@code /1}, {@code 3/}. */
        String listed();
    }

    /** Words, unescaped. */
    public record Text(String text) implements Fragment {
        @Override
        public String html() {
            return Entities.escape(text);
        }

        @Override
        public Optional<String> codeKey() {
            return Optional.empty();
        }

        @Override
        public String listed() {
            return "";
        }
    }

    /** The opening of a paired code; {@code html} is its start tag, empty when read from a file. */
    public record Start(String id, String html) implements Fragment {
        @Override
        public Optional<String> codeKey() {
            return Optional.of("s" + id);
        }

        @Override
        public String listed() {
            return id;
        }
    }

    /** The closing of a paired code; {@code html} is its end tag, empty when read from a file. */
    public record End(String id, String html) implements Fragment {
        @Override
        public Optional<String> codeKey() {
            return Optional.of("e" + id);
        }

        @Override
        public String listed() {
            return "/" + id;
        }
    }

    /** A code standing alone ({@code <br>}); {@code html} is its markup, empty when read from a file. */
    public record Lone(String id, String html) implements Fragment {
        @Override
        public Optional<String> codeKey() {
            return Optional.of("l" + id);
        }

        @Override
        public String listed() {
            return id + "/";
        }
    }

    public InlineText {
        fragments = List.copyOf(fragments);
    }

    /** A plain text: one run of words, no codes. */
    public static InlineText plain(String text) {
        return new InlineText(text.isEmpty() ? List.of() : List.of(new Text(text)));
    }

    /** A rich-text value (HTML the core sanitised) as text and codes. */
    public static InlineText fromHtml(String html) {
        List<Fragment> out = new ArrayList<>();
        int[] next = {1};
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            walk(node, out, next);
        }
        return new InlineText(out);
    }

    private static void walk(Node node, List<Fragment> out, int[] next) {
        if (node instanceof TextNode text) {
            if (!text.getWholeText().isEmpty()) {
                out.add(new Text(text.getWholeText()));
            }
        } else if (node instanceof Element element) {
            String id = Integer.toString(next[0]++);
            String start = "<" + element.tagName() + element.attributes().html() + ">";
            if (element.tag().isEmpty()) {
                out.add(new Lone(id, start));
                return;
            }
            out.add(new Start(id, start));
            for (Node child : element.childNodes()) {
                walk(child, out, next);
            }
            out.add(new End(id, "</" + element.tagName() + ">"));
        }
    }

    /** The HTML again: words escaped, codes as their markup. */
    public String html() {
        return fragments.stream().map(Fragment::html).collect(Collectors.joining());
    }

    /**
     * The paragraphs of a rich text, each numbered afresh from 1 as if it were a text of its own: its top-level
     * elements ({@code <p>}, {@code <ul>}, {@code <blockquote>}, …), when there are at least two and nothing but
     * blank words lies between them; empty otherwise (a plain text, a text of one paragraph).
     */
    public List<InlineText> paragraphs() {
        List<InlineText> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int depth = 0;
        for (Fragment fragment : fragments) {
            if (depth == 0 && fragment instanceof Text text) {
                if (!text.text().isBlank()) {
                    return List.of();
                }
                continue;
            }
            if (depth == 0 && !(fragment instanceof Start)) {
                return List.of();
            }
            paragraph.append(fragment.html());
            if (fragment instanceof Start) {
                depth++;
            } else if (fragment instanceof End) {
                depth--;
            }
            if (depth == 0) {
                paragraphs.add(fromHtml(paragraph.toString()));
                paragraph.setLength(0);
            }
        }
        return paragraphs.size() < 2 ? List.of() : List.copyOf(paragraphs);
    }

    /** The words alone, codes left out. */
    public String words() {
        return fragments.stream()
                .filter(Text.class::isInstance)
                .map(fragment -> ((Text) fragment).text())
                .collect(Collectors.joining());
    }

    public boolean hasCodes() {
        return fragments.stream().anyMatch(fragment -> !(fragment instanceof Text));
    }

    /**
     * The same text with each code's markup taken from the source's code of the same id and kind, if the codes are
     * balanced (every pair opened and closed once, properly nested) and are exactly the source's.
     */
    public CodeCheck restoredFrom(InlineText source) {
        Optional<String> unbalanced = unbalanced();
        if (unbalanced.isPresent()) {
            return new CodeCheck.Unbalanced(unbalanced.get());
        }
        Map<String, Fragment> sourceCodes = source.codes();
        Map<String, List<Fragment>> seen = new LinkedHashMap<>();
        List<Fragment> restored = new ArrayList<>();
        for (Fragment fragment : fragments) {
            Optional<String> key = fragment.codeKey();
            Fragment markup = key.isEmpty() ? fragment : sourceCodes.get(key.get());
            if (markup == null) {
                return new CodeCheck.Mismatched(codeList(), source.codeList());
            }
            key.ifPresent(
                    code -> seen.computeIfAbsent(code, k -> new ArrayList<>()).add(fragment));
            restored.add(markup);
        }
        if (!seen.keySet().equals(sourceCodes.keySet())
                || seen.values().stream().anyMatch(list -> list.size() > 1)) {
            return new CodeCheck.Mismatched(codeList(), source.codeList());
        }
        return new CodeCheck.Restored(new InlineText(restored));
    }

    /** Why the codes do not pair up, if they do not: a code closed that is not open, or left open. */
    Optional<String> unbalanced() {
        Deque<String> open = new ArrayDeque<>();
        for (Fragment fragment : fragments) {
            if (fragment instanceof Start start) {
                open.push(start.id());
            } else if (fragment instanceof End end) {
                if (open.isEmpty() || !open.peek().equals(end.id())) {
                    return Optional.of("code " + end.id() + " is closed where it is not the innermost open code");
                }
                open.pop();
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of("code " + open.peek() + " is never closed");
    }

    private Map<String, Fragment> codes() {
        Map<String, Fragment> codes = new HashMap<>();
        fragments.forEach(fragment -> fragment.codeKey().ifPresent(key -> codes.put(key, fragment)));
        return codes;
    }

    /** The codes in order, as a translator would list them: {@code 1 2 /2 /1 3/}. */
    String codeList() {
        return fragments.stream()
                .filter(fragment -> !(fragment instanceof Text))
                .map(Fragment::listed)
                .collect(Collectors.joining(" "));
    }

    /** Whether two texts have the same words and the same codes in the same places, whatever the codes' markup. */
    public boolean sameShapeAs(InlineText other) {
        return words().equals(other.words()) && codeList().equals(other.codeList()) && sameRuns(other);
    }

    private boolean sameRuns(InlineText other) {
        List<String> mine = runs();
        return mine.equals(other.runs());
    }

    private List<String> runs() {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Fragment fragment : fragments) {
            if (fragment instanceof Text text) {
                run.append(text.text());
            } else {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        runs.add(run.toString());
        return runs;
    }

    /** What checking a translated text's codes against its source's found. */
    public sealed interface CodeCheck {

        /** The codes are the source's; the text with the source's markup. */
        record Restored(InlineText text) implements CodeCheck {
            public Restored {
                Objects.requireNonNull(text, "text");
            }
        }

        /** A code is closed that is not open, or left open. */
        record Unbalanced(String why) implements CodeCheck {}

        /** The codes are not the source's: one missing, added, doubled or of another kind. */
        record Mismatched(String found, String expected) implements CodeCheck {}
    }
}
