package org.bulletincms.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The requests of a workload, as wrk's script reads them: a list of paths (with their query) and, optionally, a
 * list of {@code Accept-Language} values; each request takes a random path and, if there are values, a random
 * value. The same mix and the same script are run against the product and against nginx.
 *
 * @param paths     path and query of each URL, e.g. {@code /api/delivery/v1/publications/s/issues/2024/2?locale=en}
 * @param languages {@code Accept-Language} values, none for requests without the header
 */
record UrlMix(String name, List<String> paths, List<String> languages) {

    static final List<String> LOCALES = List.of("zh-CN", "en");
    private static final int LIST_PAGE_SIZE = 20;

    /** One URL, repeated: the case the kept responses were built for. */
    static UrlMix one(String path) {
        return new UrlMix("one", List.of(path), List.of());
    }

    /**
     * Every issue URL and item URL of {@code issues} in each locale ({@code ?locale=}), the pages of the issue list
     * (default page size) and the Atom feed in each locale, and the list of publications.
     */
    static UrlMix all(String slug, List<IssuePublisher.Published> issues) {
        List<String> paths = new ArrayList<>();
        for (String path : unlocalized(slug, issues)) {
            if (path.endsWith("/publications")) {
                paths.add(path);
                continue;
            }
            for (String locale : LOCALES) {
                paths.add(path + (path.contains("?") ? "&" : "?") + "locale=" + locale);
            }
        }
        return new UrlMix("all", List.copyOf(paths), List.of());
    }

    /**
     * The same URLs without {@code ?locale=}, each request with one of {@code count} different
     * {@code Accept-Language} values, as browsers send them, that negotiate to zh-CN or en (the first range
     * decides; see {@link StaticMirror#negotiated}).
     */
    static UrlMix negotiated(String slug, List<IssuePublisher.Published> issues, int count, long seed) {
        return new UrlMix("negotiated", unlocalized(slug, issues), acceptLanguages(count, seed));
    }

    private static List<String> unlocalized(String slug, List<IssuePublisher.Published> issues) {
        String publication = "/api/delivery/v1/publications/" + slug;
        List<String> paths = new ArrayList<>();
        for (IssuePublisher.Published issue : issues) {
            paths.add(publication + "/issues/" + issue.year() + "/" + issue.number());
            for (String item : issue.items()) {
                paths.add(publication + "/items/" + item);
            }
        }
        int pages = (issues.size() + LIST_PAGE_SIZE - 1) / LIST_PAGE_SIZE;
        paths.add(publication + "/issues");
        for (int page = 2; page <= pages; page++) {
            paths.add(publication + "/issues?page=" + page);
        }
        paths.add(publication + "/feed.atom");
        paths.add("/api/delivery/v1/publications");
        return List.copyOf(paths);
    }

    static List<String> acceptLanguages(int count, long seed) {
        List<String> english =
                List.of("en", "en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-NZ", "en-IE", "en-ZA", "EN-us");
        List<String> chinese =
                List.of("zh", "zh-CN", "zh-TW", "zh-HK", "zh-SG", "zh-Hans", "zh-Hant", "zh-Hans-CN", "zh-MO");
        List<String> others =
                List.of("fr", "fr-FR", "de", "de-DE", "ja", "es", "es-419", "pt-BR", "ru", "ar", "ko", "it");
        Random random = new Random(seed);
        Set<String> values = new LinkedHashSet<>();
        while (values.size() < count) {
            List<String> firsts = random.nextBoolean() ? english : chinese;
            StringBuilder value = new StringBuilder(firsts.get(random.nextInt(firsts.size())));
            int more = random.nextInt(4);
            int quality = 9;
            for (int i = 0; i < more && quality > 0; i++) {
                List<String> pool = random.nextBoolean() ? others : (firsts == english ? chinese : english);
                quality -= 1 + random.nextInt(2);
                value.append(random.nextBoolean() ? "," : ", ")
                        .append(pool.get(random.nextInt(pool.size())))
                        .append(";q=0.")
                        .append(Math.max(1, quality));
            }
            values.add(value.toString());
        }
        return List.copyOf(values);
    }

    int issueCount() {
        return (int)
                paths.stream().filter(p -> ClassProbe.kind(p).equals("issue")).count();
    }

    int itemCount() {
        return (int)
                paths.stream().filter(p -> ClassProbe.kind(p).equals("item")).count();
    }

    int listCount() {
        return paths.size() - issueCount() - itemCount();
    }

    /** Writes the lists for wrk's script: {@code name.paths} and, when there are values, {@code name.languages}. */
    List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        files.add(Files.write(directory.resolve(name + ".paths"), paths, StandardCharsets.UTF_8));
        if (!languages.isEmpty()) {
            files.add(Files.write(directory.resolve(name + ".languages"), languages, StandardCharsets.UTF_8));
        }
        return files;
    }
}
