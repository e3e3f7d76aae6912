package org.bulletincms.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * nginx's copy of the product's answers: every URL of a mix fetched once from WildFly and written into nginx's
 * root, so that both servers send exactly the same bytes for the same request. Then a sample of requests is sent
 * to both and the bodies compared, which proves the copy and nginx's locale negotiation right.
 */
final class StaticMirror {

    private static final int THREADS = 6;
    private static final int CHECKED = 300;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI product;
    private final URI nginx;
    private final Path root;

    StaticMirror(URI product, URI nginx, Path root) {
        this.product = product;
        this.nginx = nginx;
        this.root = root;
    }

    /**
     * Where nginx finds the answer to {@code path?query} negotiated to {@code locale}: {@code root/path/_query.locale.json}
     * (or {@code .atom}); a directory per path, so {@code …/issues} (a list) and {@code …/issues/2024/2} (an issue)
     * do not clash. Nginx's {@code try_files $uri/_$args.$negotiated.json} names the same file.
     */
    Path file(String pathAndQuery, String locale, String contentType) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        String extension = contentType.startsWith("application/atom+xml") ? "atom" : "json";
        return root.resolve(path.substring(1)).resolve("_" + query + "." + locale + "." + extension);
    }

    /**
     * The locale nginx negotiates for an {@code Accept-Language} value: {@code en} when the first range is English,
     * otherwise {@code zh-CN}. The mixes send only values for which the product negotiates the same (checked).
     */
    static String negotiated(Optional<String> acceptLanguage) {
        return acceptLanguage
                .filter(v -> v.strip().toLowerCase(Locale.ROOT).startsWith("en"))
                .map(v -> "en")
                .orElse("zh-CN");
    }

    /** Fetches each request of the mix once per locale it may negotiate to and keeps the answer for nginx. */
    int copy(UrlMix mix) throws Exception {
        List<Optional<String>> representatives = mix.languages().isEmpty()
                ? List.of(Optional.empty())
                : List.of(Optional.of("zh-CN"), Optional.of("en"));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String path : mix.paths()) {
                for (Optional<String> language : representatives) {
                    done.add(threads.submit(() -> {
                        HttpResponse<byte[]> answer = get(product, path, language);
                        Path file = file(
                                path,
                                negotiated(language),
                                answer.headers().firstValue("Content-Type").orElse(""));
                        Files.createDirectories(file.getParent());
                        Files.write(file, answer.body());
                        return null;
                    }));
                }
            }
            for (Future<?> each : done) {
                each.get();
            }
            return done.size();
        } finally {
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** How many sampled requests were compared, and those whose bodies differed. */
    record Check(int compared, List<String> different) {

        Check plus(Check other) {
            List<String> all = new ArrayList<>(different);
            all.addAll(other.different());
            return new Check(compared + other.compared(), all);
        }
    }

    /**
     * Sends {@value #CHECKED} random requests of the mix (random path, random header when the mix has headers) to
     * both servers and compares the bodies. A difference does not stop the run; the report lists it.
     */
    Check check(UrlMix mix, long seed) {
        Random random = new Random(seed);
        int count = Math.min(
                CHECKED, mix.paths().size() * Math.max(1, mix.languages().size()));
        List<String> different = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = mix.paths().get(random.nextInt(mix.paths().size()));
            Optional<String> language = mix.languages().isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            mix.languages().get(random.nextInt(mix.languages().size())));
            byte[] fromProduct = get(product, path, language).body();
            byte[] fromNginx = get(nginx, path, language).body();
            if (!Arrays.equals(fromProduct, fromNginx)) {
                different.add(path + " with Accept-Language " + language.orElse("(none)"));
            }
        }
        return new Check(count, different);
    }

    private HttpResponse<byte[]> get(URI server, String path, Optional<String> language) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(60));
        language.ifPresent(value -> request.header("Accept-Language", value));
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(server + path + " answered " + answer.statusCode() + ": "
                        + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + server + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
