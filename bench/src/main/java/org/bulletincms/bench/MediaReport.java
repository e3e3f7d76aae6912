package org.bulletincms.bench;

import static org.bulletincms.bench.DeliveryReport.fixed;
import static org.bulletincms.bench.DeliveryReport.ms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The media benchmark's Markdown report. */
final class MediaReport {

    private MediaReport() {}

    static String of(
            List<MediaBenchmark.Batch> batches,
            MediaBenchmark.Delivery delivery,
            String duration,
            String warmUp,
            String loadBefore,
            String loadAfter) {
        List<String> out = new ArrayList<>();
        out.add("# Media benchmark (issue 17)\n");
        out.add("Run " + Instant.now() + " on " + machine() + "; load average (1 / 5 min) " + loadBefore
                + " before, " + loadAfter + " after. PostgreSQL, WildFly and Keycloak on this machine;"
                + " `bench/run-media.sh`.\n");
        out.add("## Renditions per second\n");
        out.add("Generated photos (gradients, texture, shapes and sensor noise, JPEG quality "
                + fixed(GeneratedPhoto.QUALITY, 1) + ", each from its own seed), uploaded one after another by one"
                + " editor through `POST /api/v1/publications/{p}/media`, which answers once the picture is decoded,"
                + " turned upright, re-encoded without its metadata, its renditions made and everything kept"
                + " (PostgreSQL row, files in the source store). Time per photo is from sending the request to the"
                + " answer; photos/s and renditions/s are the photos and the renditions their answers list ÷ the sum"
                + " of those times. The first upload of each size warms the server up (class loading, JIT) and is"
                + " not counted. Server CPU is WildFly's `java` (user + system, `/proc`) during the counted uploads;"
                + " GC pauses from its GC log (count, longest, total).\n");
        out.add("| Photo | JPEG (mean) | Photos | Renditions each | Photos/s | Renditions/s | Median per photo"
                + " | Longest | First (warm-up) | Server CPU per photo | GC pauses |");
        out.add("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|");
        for (MediaBenchmark.Batch batch : batches) {
            out.add(batchRow(batch));
        }
        out.add("");
        out.add("## Delivery of a rendition against nginx\n");
        out.add("The " + delivery.width() + " × " + delivery.height() + " rendition of the first counted 2 MP photo ("
                + fixed(delivery.bytes() / 1024.0, 1) + " KB, what a web page's `src` names), `" + delivery.path()
                + "`, fetched from the delivery API and written into nginx's root at the same path; both served"
                + " the same bytes (checked). nginx serves it as a static file (`sendfile`, `open_file_cache`)."
                + " wrk " + Wrk.THREADS + " threads, " + Wrk.CONNECTIONS + " connections, " + warmUp
                + " warm-up, then " + duration + " measured, the product first.\n");
        out.add("| Server | Requests/s | MB/s | p50 / p99 | CPU ms per request | GC pauses | Load before |"
                + " Non-2xx, socket errors |");
        out.add("|---|---:|---:|---|---:|---|---|---|");
        out.add(deliveryRow("nginx", delivery.nginx(), delivery.bytes()));
        out.add(deliveryRow("Bulletin CMS", delivery.product(), delivery.bytes()));
        out.add("");
        out.add("Bulletin CMS ÷ nginx: **"
                + fixed(
                        delivery.product().load().requestsPerSecond()
                                / delivery.nginx().load().requestsPerSecond(),
                        3)
                + "** of the requests per second.");
        return String.join("\n", out) + "\n";
    }

    private static String batchRow(MediaBenchmark.Batch batch) {
        List<MediaBenchmark.Upload> uploads = batch.uploads();
        long nanos = uploads.stream().mapToLong(MediaBenchmark.Upload::nanos).sum();
        int renditions =
                uploads.stream().mapToInt(MediaBenchmark.Upload::renditions).sum();
        double seconds = nanos / 1e9;
        double meanBytes = uploads.stream()
                .mapToInt(u -> u.photo().jpeg().length)
                .average()
                .orElse(0);
        String each = uploads.stream()
                .map(u -> String.valueOf(u.renditions()))
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("–");
        MediaBenchmark.Size size = batch.size();
        return "| " + size.name() + " (" + size.width() + " × " + size.height() + ") | "
                + fixed(meanBytes / (1024 * 1024), 2) + " MB | " + uploads.size() + " | " + each + " ("
                + widths(uploads.get(0)) + ") | " + fixed(uploads.size() / seconds, 2) + " | "
                + fixed(renditions / seconds, 1) + " | " + ms(median(uploads)) + " | "
                + ms(uploads.stream()
                                .mapToLong(MediaBenchmark.Upload::nanos)
                                .max()
                                .orElse(0)
                        / 1e6)
                + " | " + ms(batch.first().nanos() / 1e6) + " | "
                + fixed(batch.cpuMillis() / (double) uploads.size(), 0) + " ms | "
                + batch.gc().count() + ", "
                + ms(batch.gc().maxMillis()) + ", " + ms(batch.gc().totalMillis()) + " |";
    }

    /** The true median (the mean of the middle two for an even count), not the nearest rank. */
    private static double median(List<MediaBenchmark.Upload> uploads) {
        List<Long> sorted =
                uploads.stream().map(MediaBenchmark.Upload::nanos).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) / 1e6 : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2e6;
    }

    private static String widths(MediaBenchmark.Upload upload) {
        return upload.picture().getJsonArray("renditions").stream()
                        .map(r -> String.valueOf(r.asJsonObject().getInt("width")))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("")
                + " px";
    }

    private static String deliveryRow(String name, DeliveryBenchmark.Measured m, int bytes) {
        Wrk.Load load = m.load();
        return "| " + name + " | " + fixed(load.requestsPerSecond(), 0) + " | "
                + fixed(load.requestsPerSecond() * bytes / (1024 * 1024), 0) + " | " + ms(load.p50()) + " / "
                + ms(load.p99()) + " | " + fixed(m.cpuMillisPerRequest(), 3) + " | "
                + m.gc().map(g -> g.count() + ", " + ms(g.maxMillis()) + ", " + ms(g.totalMillis()))
                        .orElse("—")
                + " | " + m.loadAverage() + " | " + load.errors() + ", " + load.socketErrors() + " |";
    }

    static String loadAverage() {
        try {
            String[] loads = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return loads[0] + " / " + loads[1];
        } catch (IOException e) {
            return "unknown";
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
}
