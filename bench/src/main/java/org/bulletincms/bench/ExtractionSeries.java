package org.bulletincms.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulletincms.source.DirectorySourceStore;
import org.bulletincms.source.IsolatedTika;
import org.bulletincms.source.ParseOutcome;
import org.bulletincms.source.SourceLimits;

/**
 * One series of the extraction benchmark, run in a JVM of its own (so that neither side inherits JIT-compiled
 * code from an earlier series): at one concurrency, a check pass, warm-up rounds, then measured rounds of
 * in-process and isolated extraction alternately, the order swapped every round so that load from other work
 * on the machine hits both alike.
 */
final class ExtractionSeries {

    /** A file of the corpus, stored as the product stores uploads. */
    record Document(Path file, String key) {}

    /**
     * One timed pass of one path over the whole corpus: wall-clock time, and CPU time of this JVM and of the parser
     * processes together (which, unlike wall-clock time, hardly depends on what else the machine is running).
     */
    record Round(String path, int pages, long nanos, long cpuNanos) {
        double pagesPerSecond() {
            return pages / (nanos / 1e9);
        }

        double pagesPerCpuSecond() {
            return pages / (cpuNanos / 1e9);
        }
    }

    /**
     * A pair of rounds, one per path, run one right after the other. Whichever runs first in a pair tends to do
     * better (its caches are still warm from the previous pair), so pairs alternate the order and the report
     * takes the geometric mean of their ratios, in which that effect cancels out.
     */
    record Pair(Round inProcess, Round isolated) {
        double ratio() {
            return isolated.pagesPerSecond() / inProcess.pagesPerSecond();
        }

        double cpuRatio() {
            return isolated.pagesPerCpuSecond() / inProcess.pagesPerCpuSecond();
        }
    }

    record Result(
            int threads,
            List<Pair> warmUp,
            List<Pair> measured,
            int mismatches,
            long xhtmlCharacters,
            Duration firstIsolatedParse) {}

    /** One way of extracting a document; callable from several threads at once. */
    @FunctionalInterface
    interface ExtractionPath {
        Extraction extract(Document document) throws Exception;
    }

    /** The product's defaults (docs/sources.md), except the number of parser processes, which is measured. */
    static SourceLimits productLimits(int parsers) {
        return new SourceLimits(52_428_800L, Duration.ofSeconds(120), 512, 10_000_000, parsers, 2);
    }

    private ExtractionSeries() {}

    static Result measure(
            DirectorySourceStore store,
            Path workDirectory,
            String parserClasspath,
            List<Document> documents,
            int threads,
            int warmUpRounds,
            int rounds)
            throws Exception {
        SourceLimits limits = productLimits(threads);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try (IsolatedTika isolated = new IsolatedTika(store.originals(), workDirectory, parserClasspath, limits)) {
            // the very configuration the parser processes load
            InProcessTika inProcess =
                    new InProcessTika(workDirectory.resolve("tika-config.xml"), limits.maxExtractedCharacters());
            ExtractionPath local = document -> inProcess.parse(document.file());
            ExtractionPath forked = document -> {
                ParseOutcome outcome = isolated.parse(document.key());
                if (outcome instanceof ParseOutcome.Failed failed) {
                    throw new IllegalStateException(
                            document.file().getFileName() + ": " + failed.reason() + " " + failed.detail());
                }
                ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
                OptionalInt declared = parsed.metadata().pageCount();
                return Extraction.of(
                        parsed.xhtml(), declared.isPresent() ? Integer.toString(declared.getAsInt()) : null);
            };

            long first = System.nanoTime();
            forked.extract(documents.get(0));
            Duration firstIsolatedParse = Duration.ofNanos(System.nanoTime() - first);
            // check pass, one file at a time: both paths must see the same pages and the same text
            int mismatches = 0;
            long characters = 0;
            for (Document document : documents) {
                Extraction a = local.extract(document);
                Extraction b = forked.extract(document);
                characters += a.characters();
                if (!a.equals(b)) {
                    mismatches++;
                    System.out.printf(
                            "%s: in-process %s, isolated %s%n", document.file().getFileName(), a, b);
                }
            }
            List<Pair> warmUp = new ArrayList<>();
            for (int round = 0; round < warmUpRounds; round++) {
                warmUp.add(pair(round, local, forked, documents, workers, threads));
                print(threads, "warm-up", warmUp.get(round));
            }
            List<Pair> measured = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                measured.add(pair(round, local, forked, documents, workers, threads));
                print(threads, "measured", measured.get(round));
            }
            return new Result(threads, warmUp, measured, mismatches, characters, firstIsolatedParse);
        } finally {
            workers.shutdownNow();
        }
    }

    private static Pair pair(
            int round,
            ExtractionPath local,
            ExtractionPath forked,
            List<Document> documents,
            ExecutorService workers,
            int threads)
            throws Exception {
        if (round % 2 == 0) {
            Round a = run("in-process", local, documents, workers, threads);
            return new Pair(a, run("isolated", forked, documents, workers, threads));
        }
        Round b = run("isolated", forked, documents, workers, threads);
        return new Pair(run("in-process", local, documents, workers, threads), b);
    }

    /** One pass over every document, {@code threads} at a time; timed from the first file to the last result. */
    private static Round run(
            String name, ExtractionPath path, List<Document> documents, ExecutorService workers, int threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger pages = new AtomicInteger();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        List<Future<Void>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    pages.addAndGet(path.extract(documents.get(i)).pages());
                }
                return null;
            }));
        }
        for (Future<Void> each : running) {
            each.get();
        }
        long nanos = System.nanoTime() - start;
        return new Round(name, pages.get(), nanos, cpuNanos() - cpu);
    }

    /** CPU time so far of this JVM and of the processes it started (the parser processes are its children). */
    private static long cpuNanos() {
        long nanos = cpuNanos(ProcessHandle.current());
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            nanos += cpuNanos(child);
        }
        return nanos;
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static void print(int threads, String kind, Pair pair) {
        System.out.printf(
                Locale.ROOT,
                "%d thread(s) %s: in-process %.1f pages/s (%.1f per CPU s), isolated %.1f "
                        + "pages/s (%.1f per CPU s), ratio %.2f (CPU %.2f)%n",
                threads,
                kind,
                pair.inProcess().pagesPerSecond(),
                pair.inProcess().pagesPerCpuSecond(),
                pair.isolated().pagesPerSecond(),
                pair.isolated().pagesPerCpuSecond(),
                pair.ratio(),
                pair.cpuRatio());
    }

    static void write(Result result, Path file) throws IOException {
        JsonObject json = Json.createObjectBuilder()
                .add("threads", result.threads())
                .add("warmUp", pairs(result.warmUp()))
                .add("measured", pairs(result.measured()))
                .add("mismatches", result.mismatches())
                .add("xhtmlCharacters", result.xhtmlCharacters())
                .add("firstIsolatedParseNanos", result.firstIsolatedParse().toNanos())
                .build();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Json.createWriter(out).write(json);
        }
    }

    static Result read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            JsonObject o = json.readObject();
            return new Result(
                    o.getInt("threads"),
                    pairs(o, "warmUp"),
                    pairs(o, "measured"),
                    o.getInt("mismatches"),
                    o.getJsonNumber("xhtmlCharacters").longValue(),
                    Duration.ofNanos(o.getJsonNumber("firstIsolatedParseNanos").longValue()));
        }
    }

    private static JsonArrayBuilder pairs(List<Pair> pairs) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Pair pair : pairs) {
            array.add(Json.createObjectBuilder()
                    .add("inProcess", round(pair.inProcess()))
                    .add("isolated", round(pair.isolated())));
        }
        return array;
    }

    private static JsonObjectBuilder round(Round round) {
        return Json.createObjectBuilder()
                .add("path", round.path())
                .add("pages", round.pages())
                .add("nanos", round.nanos())
                .add("cpuNanos", round.cpuNanos());
    }

    private static List<Pair> pairs(JsonObject o, String name) {
        List<Pair> pairs = new ArrayList<>();
        for (JsonObject pair : o.getJsonArray(name).getValuesAs(JsonObject.class)) {
            pairs.add(new Pair(round(pair.getJsonObject("inProcess")), round(pair.getJsonObject("isolated"))));
        }
        return pairs;
    }

    private static Round round(JsonObject o) {
        return new Round(
                o.getString("path"),
                o.getInt("pages"),
                o.getJsonNumber("nanos").longValue(),
                o.getJsonNumber("cpuNanos").longValue());
    }
}
