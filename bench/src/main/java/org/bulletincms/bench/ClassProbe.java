package org.bulletincms.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where the time goes by kind of URL: {@value #REQUESTS} random requests of each kind (issue, item, list) of a mix,
 * one after the other from one client, so each latency is the server's alone, not a queue's.
 */
final class ClassProbe {

    private static final int REQUESTS = 300;

    private ClassProbe() {}

    static Map<String, Percentiles> of(URI server, UrlMix mix, long seed) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String path : mix.paths()) {
            kinds.computeIfAbsent(kind(path), k -> new ArrayList<>()).add(path);
        }
        Random random = new Random(seed);
        Map<String, Percentiles> latencies = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            List<Long> took = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String path = kind.getValue().get(random.nextInt(kind.getValue().size()));
                long start = System.nanoTime();
                HttpResponse<byte[]> answer = http.send(
                        HttpRequest.newBuilder(server.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
                took.add(System.nanoTime() - start);
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + answer.statusCode());
                }
            }
            latencies.put(kind.getKey() + " (" + kind.getValue().size() + " URLs)", Percentiles.of(took));
        }
        return latencies;
    }

    static String kind(String path) {
        if (path.contains("/items/")) {
            return "item";
        }
        if (path.matches(".*/issues/\\d+/\\d+.*")) {
            return "issue";
        }
        return "list";
    }
}
