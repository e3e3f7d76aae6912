package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletincms.backup.BackupFailed;
import org.junit.jupiter.api.Test;

/**
 * What people read in a problem comes from the bundles, in Chinese and in English, never from a literal in Java: the
 * sources and bundles are read as text, so a key used without a text, a text in one language only, an English
 * sentence passed as a detail argument or English prose in a Chinese text fails the build.
 */
class ProblemWordingTest {

    private static final Path WEB = Path.of("src/main/java");
    private static final Path CORE = Path.of("../cms-core/src/main/java");
    private static final Path PROBLEMS = Path.of("src/main/resources/org/bulletincms/web/problem/problems");
    private static final Path MESSAGES = Path.of("../cms-core/src/main/resources/org/bulletincms/sectiontype/messages");

    private static final Pattern DETAIL_KEY = Pattern.compile("\"(detail\\.[a-z0-9]+(?:-[a-z0-9]+)*)\"");
    private static final Pattern DOTTED_KEY =
            Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)*\\.[a-z0-9]+(?:-[a-z0-9]+)*)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern API_PROBLEM = Pattern.compile("new ApiProblem\\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{2,} [A-Za-z]{2,}");

    @Test
    void everyDetailKeyInTheSourcesHasATextInChineseAndEnglish() throws IOException {
        Properties chinese = bundle(PROBLEMS, "_zh");
        Properties english = bundle(PROBLEMS, "_en");
        Set<String> used = matches(DETAIL_KEY, sources(WEB, CORE));

        assertFalse(used.isEmpty(), "the scan found detail keys at all");
        assertEquals(Set.of(), missing(used, chinese), "detail keys without a Chinese text");
        assertEquals(Set.of(), missing(used, english), "detail keys without an English text");
    }

    @Test
    void everyFieldMessageKeyTheWebEdgeUsesHasATextInChineseAndEnglish() throws IOException {
        Properties chinese = bundle(MESSAGES, "_zh");
        Properties english = bundle(MESSAGES, "_en");
        // a dotted literal of the web edge whose first word is one the messages use is a message key
        Set<String> families = english.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> used = matches(DOTTED_KEY, sources(WEB)).stream()
                .filter(key -> families.contains(key.substring(0, key.indexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));

        assertTrue(used.contains("field.server-owned"), "the scan found the request's field keys: " + used);
        assertEquals(Set.of(), missing(used, chinese), "field message keys without a Chinese text");
        assertEquals(Set.of(), missing(used, english), "field message keys without an English text");
    }

    @Test
    void everyReasonABackupFailsForIsWordedInChineseAndEnglish() throws IOException {
        for (String language : List.of("_zh", "_en")) {
            Properties bundle = bundle(PROBLEMS, language);
            for (BackupFailed.Reason reason : BackupFailed.Reason.values()) {
                assertTrue(bundle.containsKey("detail.backup-failed-" + reason.code()), reason + " in " + language);
            }
        }
    }

    @Test
    void eachBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        assertEquals(
                bundle(PROBLEMS, "_en").stringPropertyNames(),
                bundle(PROBLEMS, "_zh").stringPropertyNames(),
                "problems_en and problems_zh");
        assertEquals(
                bundle(MESSAGES, "_en").stringPropertyNames(),
                bundle(MESSAGES, "_zh").stringPropertyNames(),
                "messages_en and messages_zh");
        assertEquals(
                bundle(MESSAGES, "_en").stringPropertyNames(),
                bundle(MESSAGES, "").stringPropertyNames(),
                "messages_en and the root messages");
    }

    @Test
    void noEnglishSentenceIsPassedAsTheArgumentOfADetail() throws IOException {
        List<String> english = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources(WEB).entrySet()) {
            Matcher call = API_PROBLEM.matcher(source.getValue());
            while (call.find()) {
                Matcher literal = STRING_LITERAL.matcher(call.group(1));
                while (literal.find()) {
                    if (!literal.group(1).startsWith("detail.")
                            && ENGLISH_WORDS.matcher(literal.group(1)).find()) {
                        english.add(source.getKey().getFileName() + ": " + literal.group());
                    }
                }
            }
        }

        assertEquals(List.of(), english, "give the sentence a detail key in the problems bundles instead");
    }

    @Test
    void noProblemTextHasALoneApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String language : List.of("_zh", "_en")) {
            Properties bundle = bundle(PROBLEMS, language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertFalse(text.replace("''", "").contains("'"), key + language + ": write '' for an apostrophe");
            }
        }
    }

    @Test
    void chineseTextsHoldNoEnglishProse() throws IOException {
        Map<String, String> english = new TreeMap<>();
        for (Path bundle : List.of(PROBLEMS, MESSAGES)) {
            Properties chinese = bundle(bundle, "_zh");
            for (String key : chinese.stringPropertyNames()) {
                String text = chinese.getProperty(key);
                // placeholders, quoted names, configuration keys, paths and addresses are not prose
                String prose = text.replaceAll("\\{[^}]*}", "")
                        .replaceAll("\"[^\"]*\"|“[^”]*”", "")
                        .replaceAll("[a-z]+(\\.[a-z0-9-]+)+", "")
                        .replaceAll("\\S*/\\S*", "");
                assertTrue(
                        text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        key + " is not Chinese: " + text);
                if (Pattern.compile("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+")
                        .matcher(prose)
                        .find()) {
                    english.put(key, text);
                }
            }
        }

        assertEquals(Map.of(), english, "English prose in Chinese texts");
    }

    private static Properties bundle(Path base, String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                base.resolveSibling(base.getFileName() + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Map<Path, String> sources(Path... roots) throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(file, Files.readString(file));
                }
            }
        }
        assertFalse(sources.isEmpty(), "the scan found the sources at all");
        return sources;
    }

    private static Set<String> matches(Pattern pattern, Map<Path, String> sources) {
        Set<String> found = new TreeSet<>();
        sources.values().forEach(text -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        });
        return found;
    }

    private static Set<String> missing(Set<String> keys, Properties bundle) {
        return keys.stream().filter(key -> !bundle.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
    }
}
