package org.bulletincms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The golden rule of the seed issues (issue 15): every non-empty line of a seed document ({@code deploy/src/test/resources/seeds}, copied unchanged from the issues the publisher gave us)
 * must appear in a rendering's text, in the seed's order. Compared as a reader reads: Markdown link and bold marks
 * left out, runs of white space made one space, and white space next to a Chinese character or punctuation mark
 * left out (the seeds break long Chinese headings over lines, "首届联合国 食品系统峰会 承诺重大行动": a layout
 * artefact, not text). The order is the longest chain of lines found one after the other, so a line found early
 * (a heading that is also in the contents) cannot push every later line out of reach.
 */
final class SeedLines {

    /**
     * Where the seed documents are, from the deploy module: copies of the two issues the first users gave us, kept in
     * the repository so that a clean clone tests against them; {@code bulletin.it.seeds} overrides it.
     */
    static final Path SEEDS = Path.of(System.getProperty("bulletin.it.seeds", "src/test/resources/seeds"));

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]*)>");
    private static final Pattern BULLET = Pattern.compile("^[-*]\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BY_CJK =
            Pattern.compile("(?<=[\\u3000-\\u9fff\\uff00-\\uffef]) | (?=[\\u3000-\\u9fff\\uff00-\\uffef])");

    private SeedLines() {}

    /** The seed's non-empty lines, as compared. */
    static List<String> of(String seedFile) {
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(SEEDS.resolve(seedFile), StandardCharsets.UTF_8)) {
                String text = LINK.matcher(line.strip()).replaceAll("$1");
                text = AUTOLINK.matcher(text).replaceAll("$1").replace("**", "");
                text = normal(BULLET.matcher(text).replaceFirst(""));
                if (!text.isEmpty()) {
                    lines.add(text);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("The seed " + seedFile + " is not readable under " + SEEDS, e);
        }
    }

    /** A text as compared. */
    static String normal(String text) {
        return SPACE_BY_CJK
                .matcher(SPACES.matcher(text).replaceAll(" "))
                .replaceAll("")
                .strip();
    }

    /** The seed's lines that the text lacks, or has only out of the seed's order; in the seed's order. */
    static List<String> missing(List<String> lines, String renderedText) {
        String text = normal(renderedText);
        record Found(int line, int start, int end) {}
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int at = text.indexOf(lines.get(i)); at >= 0; at = text.indexOf(lines.get(i), at + 1)) {
                found.add(new Found(i, at, at + lines.get(i).length()));
            }
        }
        found.sort(Comparator.comparingInt(Found::line).thenComparingInt(Found::start));
        int[] chain = new int[found.size()];
        int[] previous = new int[found.size()];
        int best = -1;
        for (int a = 0; a < found.size(); a++) {
            chain[a] = 1;
            previous[a] = -1;
            for (int b = 0; b < a; b++) {
                Found before = found.get(b);
                Found after = found.get(a);
                if (before.line() < after.line() && before.end() <= after.start() && chain[b] + 1 > chain[a]) {
                    chain[a] = chain[b] + 1;
                    previous[a] = b;
                }
            }
            if (best < 0 || chain[a] > chain[best]) {
                best = a;
            }
        }
        Set<Integer> kept = new HashSet<>();
        for (int at = best; at >= 0; at = previous[at]) {
            kept.add(found.get(at).line());
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!kept.contains(i)) {
                missing.add(lines.get(i));
            }
        }
        return missing;
    }
}
