package org.bulletincms.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The delivery benchmark's Markdown report: measured numbers next to issue 13's targets. */
final class DeliveryReport {

    private DeliveryReport() {}

    /** Collects the results as the run produces them. */
    static final class Builder {

        private final DeliveryBenchmark.Options options;
        private final Duration firstStart;
        private final DeliveryBenchmark.Measured[][] workloads = new DeliveryBenchmark.Measured[5][];
        private double smallSeconds;
        private int restCount;
        private double restSeconds;
        private final List<Duration> printing = new ArrayList<>();
        private HttpResponse<String> one;
        private DeliveryBenchmark.Measured oneAtSmall;
        private UrlMix all;
        private UrlMix negotiated;
        private int copied;
        private double copySeconds;
        private StaticMirror.Check checked;
        private Map<String, Percentiles> classes = Map.of();
        private Duration restart;
        private List<Long> publishes = List.of();
        private int cloned;
        private double cloneSeconds;
        private Optional<String> cloneFailure = Optional.empty();
        private DeliveryBenchmark.Measured oneAtLarge;
        private DeliveryBenchmark.Measured allAtLarge;

        Builder(DeliveryBenchmark.Options options, Duration firstStart) {
            this.options = options;
            this.firstStart = firstStart;
        }

        void populatedSmall(double seconds) {
            smallSeconds = seconds;
        }

        /** The server's print queue took {@code took} to empty after a population or a timed publication. */
        void printed(Duration took) {
            printing.add(took);
        }

        void populatedRest(int count, double seconds) {
            restCount = count;
            restSeconds = seconds;
        }

        void oneUrl(HttpResponse<String> answer) {
            one = answer;
        }

        void oneAtSmall(DeliveryBenchmark.Measured measured) {
            oneAtSmall = measured;
        }

        void mirrored(UrlMix all, UrlMix negotiated, int copied, double seconds, StaticMirror.Check checked) {
            this.all = all;
            this.negotiated = negotiated;
            this.copied = copied;
            this.copySeconds = seconds;
            this.checked = checked;
        }

        void workload(int number, DeliveryBenchmark.Measured product, DeliveryBenchmark.Measured nginx) {
            workloads[number] = new DeliveryBenchmark.Measured[] {product, nginx};
        }

        void classes(Map<String, Percentiles> latencies) {
            classes = latencies;
        }

        void restarted(Duration took, DeliveryBenchmark.Measured product) {
            restart = took;
            workloads[4] = new DeliveryBenchmark.Measured[] {product, workloads[2][1]};
        }

        void publishing(List<Long> nanos) {
            publishes = nanos;
        }

        void cloned(int count, double seconds) {
            cloned = count;
            cloneSeconds = seconds;
        }

        void cloneFailed(String message) {
            cloneFailure = Optional.of(message);
        }

        void large(DeliveryBenchmark.Measured one, DeliveryBenchmark.Measured all) {
            oneAtLarge = one;
            allAtLarge = all;
        }

        String build() throws IOException {
            List<String> out = new ArrayList<>();
            int api = options.viaApi();
            out.add("# Delivery benchmark (issue 13)");
            out.add("");
            out.add("Run " + Instant.now() + " with `bench/run-delivery.sh` on " + machine() + ": WildFly + Keycloak + "
                    + "PostgreSQL (zonky) and nginx on the same machine, wrk " + options.duration()
                    + " per measurement "
                    + "after a " + options.warmUp() + " warm-up (none in workload 4), " + Wrk.THREADS + " threads, "
                    + Wrk.CONNECTIONS
                    + " connections, HTTP/1.1 over loopback, one Lua script (`random-url.lua`, a random "
                    + "request of the mix each time) for both servers. " + api
                    + " bilingual issues (zh-CN, en) published "
                    + "through the management API, the two seed issues among them.");
            out.add("");
            out.add("## Workloads at " + api + " published issues");
            out.add("");
            out.add(
                    "| Workload | nginx req/s | nginx p50 / p99 | Bulletin req/s | Bulletin p50 / p99 | Bulletin ÷ nginx "
                            + "| CPU ms per request, Bulletin / nginx | GC pauses in the run: count, max, total | load average "
                            + "before (1 / 5 min), Bulletin; nginx | non-2xx, socket errors (Bulletin; nginx) |");
            out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            String[] names = {
                "",
                "(1) one issue URL repeated (`" + DeliveryBenchmark.ONE + "`)",
                "(2) random over " + all.paths().size() + " URLs: " + all.issueCount() + " issue, " + all.itemCount()
                        + " item, " + all.listCount() + " list (`?locale=`)",
                "(3) as (2) without `?locale=`, " + negotiated.languages().size()
                        + " different `Accept-Language` values",
                "(4) as (2) right after `kill -9` and a start of WildFly, no warm-up (nginx: its run of (2))"
            };
            for (int w = 1; w <= 4; w++) {
                out.add(row(names[w], workloads[w][0], workloads[w][1]));
            }
            out.add("");
            out.add(targets());
            out.add("");
            out.add("## Latency by kind of URL");
            out.add("");
            out.add("Right after workload (2), "
                    + "each kind requested on its own, one request at a time (no queueing): "
                    + "what one request of each kind costs the server.");
            out.add("");
            out.add("| Kind (URLs of mix 2) | p50 | p95 | p99 | max |");
            out.add("|---|---:|---:|---:|---:|");
            classes.forEach((kind, p) -> out.add("| " + kind + " | " + ms(p.p50()) + " | " + ms(p.p95()) + " | "
                    + ms(p.p99()) + " | " + ms(p.max()) + " |"));
            out.add("");
            out.add(size());
            out.add("");
            out.add("## Publishing a " + options.publishItems() + "-item bilingual issue");
            out.add("");
            List<Long> sorted = new ArrayList<>(publishes);
            Collections.sort(sorted);
            out.add("The publish call (`POST /api/v1/issues/{id}/workflow/publish`, approved issue of "
                    + options.publishItems()
                    + " news items in zh-CN and en, in a publication of its own), after one warm-up publication: "
                    + sorted.stream().map(n -> ms(n / 1e6)).toList() + "; median **" + ms(median(sorted)) + "**.");
            out.add("");
            out.add("## How the numbers were made");
            out.add("");
            out.add("- **Population**: the two seed issues (2021年第4期 and 2024年第2期: every 2021-4 and 2024-2 sample of "
                    + "the standard section types, zh-CN and en) and " + (DeliveryBenchmark.SMALL - 2)
                    + " generated issues "
                    + "(three rubrics, " + options.items()
                    + " samples of the standard section types each, zh-CN and en) "
                    + "through the management API with real tokens (create, rubrics, items, send to translation, "
                    + "translation done, submit, approve, publish; 8 issues at a time) took " + fixed(smallSeconds, 1)
                    + " s; the next " + restCount + " generated issues took " + fixed(restSeconds, 1) + " s.");
            out.add("- **Print PDFs made first**: publishing queues a PDF per issue and locale, laid out by the server "
                    + "after the commit; each measurement and each timed publish call waited until that queue was "
                    + "empty, so the print worker's CPU is in none of them. Waited (s): "
                    + printing.stream()
                            .map(d -> fixed(d.toMillis() / 1000.0, 1))
                            .toList() + ".");
            out.add("- **nginx serves the same bytes**: each URL of mixes (2) and (3) was fetched once from WildFly "
                    + "(mix 3: once per locale) and written into nginx's root under a name made of path, query and "
                    + "negotiated locale (" + copied + " answers, " + fixed(copySeconds, 1) + " s); nginx negotiates "
                    + "`Accept-Language` with a `map` (first range English → en, otherwise zh-CN), "
                    + "and `open_file_cache` is on. Then " + checked.compared() + " random requests of the three mixes "
                    + "were sent to both servers: "
                    + (checked.different().isEmpty()
                            ? "every body was byte-identical."
                            : "**" + checked.different().size() + " bodies differed**: "
                                    + checked.different().stream().limit(5).toList() + "."));
            out.add("- **Accept-Language values** (mix 3): first range an English or Chinese tag "
                    + "(`en-GB`, `zh-Hant`, `EN-us`, …), then up to three more ranges with decreasing q; e.g. `"
                    + negotiated.languages().get(0) + "`, `"
                    + negotiated.languages().get(1) + "`.");
            out.add(
                    "- **CPU per request**: user + system ticks of WildFly's `java` process (nginx: master and workers) "
                            + "from `/proc/PID/stat` over the measured run ÷ its requests. wrk, WildFly, PostgreSQL and nginx "
                            + "share the machine's cores, so requests/s depends on what else runs; CPU per request much less.");
            out.add("- **GC**: WildFly runs with `-Xlog:gc:file=…:timemillis` (heap "
                    + "-Xms256m -Xmx1g, G1); the pauses " + "whose log line falls inside the run are counted.");
            out.add("- **Restart** (workload 4): `kill -9` of WildFly's JVM, start, ready (health and delivery root "
                    + "answering) after " + fixed(restart.toMillis() / 1000.0, 1)
                    + " s (first start, beside Keycloak's: "
                    + fixed(firstStart.toMillis() / 1000.0, 1) + " s); then wrk at once.");
            out.add("- One URL (workload 1): " + one.body().getBytes(StandardCharsets.UTF_8).length + " bytes, ETag "
                    + one.headers().firstValue("ETag").orElse("(none)") + ", Cache-Control "
                    + one.headers().firstValue("Cache-Control").orElse("(none)") + ".");
            out.add("");
            return String.join("\n", out);
        }

        private String targets() {
            double r2 = ratio(workloads[2]);
            double r3 = ratio(workloads[3]);
            double r4 = ratio(workloads[4]);
            double p99One = workloads[1][0].load().p99();
            double p99All = workloads[2][0].load().p99();
            double publish = median(publishes.stream().sorted().toList());
            List<String> out = new ArrayList<>();
            out.add("| Target (issue 13) | Measured | Met |");
            out.add("|---|---|---|");
            out.add("| (2) ≥ 0.5 × nginx on the same mix | " + fixed(r2, 3) + " × | " + yes(r2 >= 0.5) + " |");
            out.add("| (3) ≥ 0.25 × nginx | " + fixed(r3, 3) + " × | " + yes(r3 >= 0.25) + " |");
            out.add("| (4) ≥ 0.25 × nginx | " + fixed(r4, 3) + " × | " + yes(r4 >= 0.25) + " |");
            out.add("| p99 ≤ 10 ms in (1) | " + ms(p99One) + " | " + yes(p99One <= 10) + " |");
            out.add("| p99 ≤ 10 ms in (2) | " + ms(p99All) + " | " + yes(p99All <= 10) + " |");
            if (oneAtLarge != null) {
                double p50 = oneAtLarge.load().p50() / oneAtSmall.load().p50();
                double p99 = oneAtLarge.load().p99() / oneAtSmall.load().p99();
                double p50All = allAtLarge.load().p50() / workloads[2][0].load().p50();
                double p99All2 =
                        allAtLarge.load().p99() / workloads[2][0].load().p99();
                out.add("| latency at " + options.issues() + " issues ≤ 1.2 × at " + DeliveryBenchmark.SMALL
                        + " | (1): p50 " + fixed(p50, 2) + " ×, p99 " + fixed(p99, 2) + " × (vs "
                        + DeliveryBenchmark.SMALL
                        + "); (2): p50 " + fixed(p50All, 2) + " ×, p99 " + fixed(p99All2, 2) + " × (vs "
                        + options.viaApi()
                        + ") | " + yes(Math.max(Math.max(p50, p99), Math.max(p50All, p99All2)) <= 1.2) + " |");
            } else {
                out.add("| latency at " + options.issues() + " issues ≤ 1.2 × at " + DeliveryBenchmark.SMALL
                        + " | not measured"
                        + cloneFailure.map(m -> " (cloning failed: " + m + ")").orElse("") + " | — |");
            }
            out.add("| publishing a " + options.publishItems() + "-item bilingual issue ≤ 300 ms | median "
                    + ms(publish) + " | " + yes(publish <= 300) + " |");
            return String.join("\n", out);
        }

        private String size() {
            List<String> out = new ArrayList<>();
            out.add("## " + DeliveryBenchmark.SMALL + " against " + options.issues()
                    + " published issues (Bulletin CMS only)");
            out.add("");
            out.add(
                    "| Workload | Published issues | req/s | p50 / p99 | CPU ms per request | GC pauses | load average before |");
            out.add("|---|---:|---:|---:|---:|---:|---:|");
            out.add(sizeRow("(1) one issue URL", DeliveryBenchmark.SMALL, oneAtSmall));
            out.add(sizeRow("(1) one issue URL", options.viaApi(), workloads[1][0]));
            if (oneAtLarge != null) {
                out.add(sizeRow("(1) one issue URL", options.issues(), oneAtLarge));
            }
            out.add(sizeRow("(2) random URL", options.viaApi(), workloads[2][0]));
            if (allAtLarge != null) {
                out.add(sizeRow("(2) random URL", options.issues(), allAtLarge));
                out.add("");
                out.add("The " + cloned + " issues beyond the " + options.viaApi() + " published through the API were "
                        + "cloned in SQL from the last one (issue row and published edition with its snapshot, "
                        + "renumbered, then `vacuum analyze` of both tables; " + fixed(cloneSeconds, 1)
                        + " s). The measured URLs are those of the issues "
                        + "published through the API; the list pages now show the newest clones.");
            }
            cloneFailure.ifPresent(m ->
                    out.add("\nCloning in SQL failed, so the " + options.issues() + "-issue runs are missing: " + m));
            return String.join("\n", out);
        }

        private static String sizeRow(String name, int issues, DeliveryBenchmark.Measured m) {
            return "| " + name + " | " + issues + " | " + fixed(m.load().requestsPerSecond(), 0) + " | "
                    + ms(m.load().p50()) + " / " + ms(m.load().p99()) + " | " + fixed(m.cpuMillisPerRequest(), 3)
                    + " | "
                    + gc(m) + " | " + m.loadAverage() + " |";
        }

        private static String row(String name, DeliveryBenchmark.Measured product, DeliveryBenchmark.Measured nginx) {
            Wrk.Load p = product.load();
            Wrk.Load n = nginx.load();
            return "| " + name + " | " + fixed(n.requestsPerSecond(), 0) + " | " + ms(n.p50()) + " / " + ms(n.p99())
                    + " | " + fixed(p.requestsPerSecond(), 0) + " | " + ms(p.p50()) + " / " + ms(p.p99()) + " | **"
                    + fixed(p.requestsPerSecond() / n.requestsPerSecond(), 3) + "** | "
                    + fixed(product.cpuMillisPerRequest(), 3) + " / " + fixed(nginx.cpuMillisPerRequest(), 3) + " | "
                    + gc(product) + " | " + product.loadAverage() + "; " + nginx.loadAverage() + " | " + p.errors()
                    + ", "
                    + p.socketErrors() + "; " + n.errors() + ", " + n.socketErrors() + " |";
        }

        private static String gc(DeliveryBenchmark.Measured m) {
            return m.gc().map(g -> g.count() + ", " + ms(g.maxMillis()) + ", " + ms(g.totalMillis()))
                    .orElse("—");
        }

        private static double ratio(DeliveryBenchmark.Measured[] pair) {
            return pair[0].load().requestsPerSecond() / pair[1].load().requestsPerSecond();
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(cpu);
        } catch (IOException e) {
            // the report says "unknown CPU"
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")";
    }

    private static double median(List<Long> sortedNanos) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int n = sortedNanos.size();
        double middle =
                n % 2 == 1 ? sortedNanos.get(n / 2) : (sortedNanos.get(n / 2 - 1) + sortedNanos.get(n / 2)) / 2.0;
        return middle / 1e6;
    }

    static String ms(double millis) {
        return fixed(millis, millis < 10 ? 2 : 1) + " ms";
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }
}
