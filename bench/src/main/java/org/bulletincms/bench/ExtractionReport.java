package org.bulletincms.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/** The extraction benchmark's Markdown report (bench/results/extraction.md). */
final class ExtractionReport {

    static final double TARGET = 0.8;

    record Run(
            Instant started,
            ExtractionCorpus.Corpus corpus,
            List<ExtractionSeries.Document> documents,
            List<ExtractionSeries.Result> series,
            String loadBefore,
            String loadAfter,
            boolean withoutNetwork,
            Duration took) {}

    private ExtractionReport() {}

    static String markdown(Run run) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        List<ExtractionSeries.Document> documents = run.documents();
        long pdfs = documents.stream()
                .filter(d -> d.file().toString().endsWith(".pdf"))
                .count();
        long bytes = 0;
        for (ExtractionSeries.Document document : documents) {
            bytes += Files.size(document.file());
        }
        ExtractionSeries.Result first = run.series().get(0);
        int pages = first.measured().get(0).inProcess().pages();

        out.append("# Extraction benchmark\n\n");
        out.append(String.format(
                Locale.ROOT,
                "Run %s with `bench/run-extraction.sh` (%.0f s in all, LibreOffice "
                        + "included); load average %s before, %s after (%d cores, shared with other builds).%n%n",
                run.started(),
                run.took().toMillis() / 1e3,
                run.loadBefore(),
                run.loadAfter(),
                Runtime.getRuntime().availableProcessors()));
        out.append("Machine: ")
                .append(cpu())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; `java -version`:\n\n```\n")
                .append(javaVersion())
                .append("\n```\n\n");
        out.append(String.format(
                Locale.ROOT,
                "Corpus, generated for this run: %d PDFs and %d DOCX files, %d pages "
                        + "in all (%.1f MB), Chinese with English passages from the seed newsletters, written as flat ODT "
                        + "and converted by %s in %.1f s. Pages are Tika's `<div class=\"page\">` for PDF and the page "
                        + "count in the metadata for DOCX (which has no page marks); one pass extracts %,d characters "
                        + "of XHTML.%n%n",
                pdfs,
                documents.size() - pdfs,
                pages,
                bytes / 1e6,
                run.corpus().libreOffice(),
                run.corpus().conversion().toMillis() / 1e3,
                first.xhtmlCharacters()));
        out.append("- **Isolated**: the product's `IsolatedTika` with the product's limits (512 MB heap per parser "
                        + "process, 120 s, 10,000,000 characters), as many parser processes as threads, the forked JVM "
                        + "arguments `IsolatedTika` writes (`-XX:+UseSerialGC` …), the server's parser class path "
                        + "(`deploy/target/tika/*`), files read from a `DirectorySourceStore`; network namespace: ")
                .append(run.withoutNetwork() ? "yes (`unshare`), as in production" : "not available here")
                .append(".\n");
        out.append("- **In-process**: an `AutoDetectParser` built from the same `tika-config.xml` that `IsolatedTika` "
                        + "wrote for its processes, the same XHTML handler (`ToXMLContentHandler`) and write limit, in the "
                        + "benchmark's JVM (")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append(", G1).\n");
        out.append(String.format(
                Locale.ROOT,
                "- Each series in a JVM of its own: one check pass (both paths must "
                        + "give every file the same pages and XHTML body), %d warm-up rounds per path, then %d measured "
                        + "rounds, in-process and isolated alternately (order swapped every round). A round is one pass "
                        + "over the corpus. Pages/s are medians over the measured rounds; a ratio is the geometric mean "
                        + "of the per-round ratios (whichever path runs first in a round tends to do better, and the "
                        + "order alternates). CPU time is this JVM's and the parser processes' together (`ProcessHandle`), which "
                        + "depends much less than wall-clock time on what else runs on the machine.%n%n",
                first.warmUp().size(),
                first.measured().size()));

        out.append("| Threads = parser processes | In-process pages/s | Isolated pages/s | **Isolated ÷ in-process** "
                + "| Per-round ratios | Pages per CPU-second, in-process / isolated | CPU ratio | Target ≥ 0.8 |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (ExtractionSeries.Result series : run.series()) {
            List<ExtractionSeries.Pair> measured = series.measured();
            double ratio = geometricMean(measured, ExtractionSeries.Pair::ratio);
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %.1f | **%.2f** | %.2f–%.2f | %.1f / %.1f | %.2f | %s |%n",
                    series.threads(),
                    median(measured, p -> p.inProcess().pagesPerSecond()),
                    median(measured, p -> p.isolated().pagesPerSecond()),
                    ratio,
                    min(measured, ExtractionSeries.Pair::ratio),
                    max(measured, ExtractionSeries.Pair::ratio),
                    median(measured, p -> p.inProcess().pagesPerCpuSecond()),
                    median(measured, p -> p.isolated().pagesPerCpuSecond()),
                    geometricMean(measured, ExtractionSeries.Pair::cpuRatio),
                    ratio >= TARGET ? "met" : "not met"));
        }
        out.append('\n');
        for (ExtractionSeries.Result series : run.series()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%d thread(s): %s; first isolated parse after start-up (a fresh "
                            + "process: JVM start, class loading, first file) %.1f s.%n%n",
                    series.threads(),
                    series.mismatches() == 0
                            ? "both paths gave every file the same pages and the same XHTML body"
                            : series.mismatches() + " files differed between the paths (see the run's output)",
                    series.firstIsolatedParse().toMillis() / 1e3));
        }
        out.append(
                "Every round (pages/s, and pages per CPU-second):\n\n| Threads | Round | In-process | Isolated "
                        + "| Ratio | In-process per CPU s | Isolated per CPU s | CPU ratio |\n|---|---|---|---|---|---|---|---|\n");
        for (ExtractionSeries.Result series : run.series()) {
            for (int i = 0; i < series.warmUp().size(); i++) {
                row(out, series.threads(), "warm-up " + (i + 1), series.warmUp().get(i));
            }
            for (int i = 0; i < series.measured().size(); i++) {
                row(
                        out,
                        series.threads(),
                        "measured " + (i + 1),
                        series.measured().get(i));
            }
        }
        out.append('\n');
        out.append(costs(first.xhtmlCharacters() / documents.size()));
        return out.toString();
    }

    private static void row(StringBuilder out, int threads, String round, ExtractionSeries.Pair pair) {
        out.append(String.format(
                Locale.ROOT,
                "| %d | %s | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |%n",
                threads,
                round,
                pair.inProcess().pagesPerSecond(),
                pair.isolated().pagesPerSecond(),
                pair.ratio(),
                pair.inProcess().pagesPerCpuSecond(),
                pair.isolated().pagesPerCpuSecond(),
                pair.cpuRatio()));
    }

    private static String costs(long xhtmlPerFile) {
        return String.format(Locale.ROOT, """
                ## What the isolated path costs, and why it is worth it

                Per file, `IsolatedTika` adds to the parse itself: a ping and the task (Java-serialised
                `FetchEmitTuple`) over the process's standard input; the parser process detecting the type before
                parsing; the metadata serialised back once before the parse (Tika's "intermediate result", kept in
                case the process dies) and once after it with the XHTML (here about %,d characters per file),
                deserialised in the server; a thread hand-off in the client for the time limit. These are
                milliseconds per file, small beside parsing a 10-page PDF. The larger costs are per process: a
                parser JVM must be started, load Tika and be JIT-compiled on its own (the first parse after a
                start, above, and the warm-up rounds), which Tika pays again every 500 files
                (`maxFilesProcessedPerProcess`) and after every crash or time-out; and the parser process's
                heap and GC are its own (`-Xmx512m -XX:+UseSerialGC`), not the server's.

                What it buys (docs/sources.md): a file that exhausts memory, loops or crashes a parser kills one
                parser process, never the server; every parse has a hard time limit (the process is killed);
                the server's JVM holds no parser code (a parser vulnerability runs without the server's
                credentials and, where user namespaces exist, without network); memory of parsing cannot leak
                into the server's heap. Tika's robustness guide asks for exactly this for untrusted files.
                """, xhtmlPerFile);
    }

    private static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        List<Double> values = new ArrayList<>();
        items.forEach(item -> values.add(value.applyAsDouble(item)));
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static <T> double geometricMean(List<T> items, ToDoubleFunction<T> value) {
        return Math.exp(items.stream()
                .mapToDouble(item -> Math.log(value.applyAsDouble(item)))
                .average()
                .orElse(Double.NaN));
    }

    private static <T> double min(List<T> items, ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).min().orElse(Double.NaN);
    }

    private static <T> double max(List<T> items, ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).max().orElse(Double.NaN);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String javaVersion() throws IOException, InterruptedException {
        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .start();
        String version = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        java.waitFor(30, TimeUnit.SECONDS);
        return version;
    }
}
