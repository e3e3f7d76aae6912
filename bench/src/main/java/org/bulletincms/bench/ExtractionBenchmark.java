package org.bulletincms.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletincms.source.DirectorySourceStore;
import org.bulletincms.source.IsolatedTika;

/**
 * Extraction throughput (issue 5): pages per second of the product's isolated path ({@link IsolatedTika}: Tika's
 * pipes, forked parser JVMs) against Tika's parsers in the benchmark's JVM ({@link InProcessTika}), on the same
 * generated PDF and DOCX files in the same run, at the same concurrency: 1 thread and 1 parser process, then 2
 * and 2 (the product's default). Target: isolated ≥ 0.8 × in-process.
 *
 * <p>Generates the corpus ({@link ExtractionCorpus}), keeps it in a {@link DirectorySourceStore} as uploads are kept, then
 * runs each series ({@link ExtractionSeries}) in a fresh JVM with this JVM's options, so that the in-process side
 * of the second series does not start with code the first one compiled while its parser processes start cold.
 * Only parsing is measured: splitting pages and detecting languages happen in the server whichever way the XHTML
 * was made. Writes a Markdown report.
 */
public final class ExtractionBenchmark {

    private static final String DOCUMENTS = "documents.tsv";

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchArguments.of(args);
        Path work = Path.of(options.get("work"));
        if (options.containsKey("series")) {
            series(options, work, Integer.parseInt(options.get("series")));
            System.exit(0);
        }
        String loadBefore = loadAverage();
        Instant started = Instant.now();
        WorkTree.delete(work);
        Files.createDirectories(work);
        ExtractionCorpus.Corpus corpus = ExtractionCorpus.generate(
                Path.of(options.get("seeds")),
                work.resolve("corpus"),
                Integer.parseInt(options.getOrDefault("pdfs", "20")),
                Integer.parseInt(options.getOrDefault("docx", "10")),
                Integer.parseInt(options.getOrDefault("pages", "10")),
                options.getOrDefault("libreoffice", "libreoffice"));
        System.out.printf(
                "Corpus: %d files converted by %s in %.1f s%n",
                corpus.files().size(), corpus.libreOffice(), corpus.conversion().toMillis() / 1e3);

        DirectorySourceStore store = new DirectorySourceStore(work.resolve("store"));
        List<String> lines = new ArrayList<>();
        for (Path file : corpus.files()) {
            try (InputStream upload = Files.newInputStream(file)) {
                lines.add(store.keep(store.receive(upload, Long.MAX_VALUE)) + "\t" + file);
            }
        }
        Files.write(work.resolve(DOCUMENTS), lines, StandardCharsets.UTF_8);

        List<ExtractionSeries.Result> results = new ArrayList<>();
        for (String threads : options.getOrDefault("threads", "1,2").split(",")) {
            results.add(inFreshJvm(args, Integer.parseInt(threads.strip()), work));
        }
        Path report = Path.of(options.get("results"));
        Files.createDirectories(report.getParent());
        Files.writeString(
                report,
                ExtractionReport.markdown(new ExtractionReport.Run(
                        started,
                        corpus,
                        documents(work),
                        results,
                        loadBefore,
                        loadAverage(),
                        namespaced(work),
                        Duration.between(started, Instant.now()))),
                StandardCharsets.UTF_8);
        System.out.println("Results written to " + report);
        System.exit(0);
    }

    private static ExtractionSeries.Result inFreshJvm(String[] args, int threads, Path work)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-classpath");
        command.add(System.getProperty("java.class.path"));
        command.add(ExtractionBenchmark.class.getName());
        command.addAll(List.of(args));
        command.add("--series=" + threads);
        Process series = new ProcessBuilder(command).inheritIO().start();
        if (series.waitFor() != 0) {
            throw new IllegalStateException(
                    "the series with " + threads + " thread(s) failed (exit " + series.exitValue() + ")");
        }
        return ExtractionSeries.read(work.resolve("series-" + threads + ".json"));
    }

    private static void series(Map<String, String> options, Path work, int threads) throws Exception {
        DirectorySourceStore store = new DirectorySourceStore(work.resolve("store"));
        ExtractionSeries.Result result = ExtractionSeries.measure(
                store,
                work.resolve("parsers-" + threads),
                options.get("parser-classpath"),
                documents(work),
                threads,
                Integer.parseInt(options.getOrDefault("warmup-rounds", "5")),
                Integer.parseInt(options.getOrDefault("rounds", "6")));
        ExtractionSeries.write(result, work.resolve("series-" + threads + ".json"));
    }

    private static List<ExtractionSeries.Document> documents(Path work) throws IOException {
        List<ExtractionSeries.Document> documents = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve(DOCUMENTS), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", 2);
            documents.add(new ExtractionSeries.Document(Path.of(fields[1]), fields[0]));
        }
        return documents;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Whether the parser processes ran without network, as in production (see ParserLauncher). */
    private static boolean namespaced(Path work) {
        try (var series = Files.list(work)) {
            return series.anyMatch(dir -> Files.exists(dir.resolve("java-without-network")));
        } catch (IOException e) {
            return false;
        }
    }
}
