package org.bulletincms.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The extraction benchmark's files, made at run time and never committed: flat ODT documents ({@code .fodt})
 * written from the seed texts (Chinese with English passages), at most {@value #PAGE_LINES} lines per page and a
 * page break ({@code fo:break-before="page"}) before each page, converted by LibreOffice into PDF and DOCX.
 *
 * <p>LibreOffice converts every file of one format in one run ({@code --convert-to} takes one target per run),
 * so it starts twice in all, each time with a profile directory of its own so parallel runs do not clash.
 */
final class ExtractionCorpus {

    /**
     * Lines of seed text per page, at most: an A4 page of 11 pt text holds about 45 lines of 40 Chinese characters,
     * so no page overflows and every file has exactly the pages asked for (checked on the PDFs).
     */
    static final int PAGE_LINES = 30;

    private static final int CHARACTERS_PER_LINE = 38;
    private static final int LONGEST_PARAGRAPH = 500;
    private static final Duration CONVERSION_TIMEOUT = Duration.ofMinutes(3);

    record Corpus(List<Path> files, String libreOffice, Duration conversion) {}

    private final List<String> paragraphs;

    private ExtractionCorpus(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Writes {@code pdfs} PDFs and {@code docx} DOCX files of {@code pages} pages each into {@code directory}. */
    static Corpus generate(Path seeds, Path directory, int pdfs, int docx, int pages, String libreOffice)
            throws IOException, InterruptedException {
        ExtractionCorpus corpus = new ExtractionCorpus(paragraphsOf(seeds));
        Path sources = Files.createDirectories(directory.resolve("fodt"));
        List<Path> forPdf = new ArrayList<>();
        List<Path> forDocx = new ArrayList<>();
        for (int n = 1; n <= pdfs + docx; n++) {
            boolean pdf = n <= pdfs;
            Path file = sources.resolve(String.format("%s-%02d.fodt", pdf ? "report" : "briefing", n));
            Files.writeString(file, corpus.document(n, pages), StandardCharsets.UTF_8);
            (pdf ? forPdf : forDocx).add(file);
        }
        long start = System.nanoTime();
        convert(libreOffice, "pdf", forPdf, directory);
        convert(libreOffice, "docx", forDocx, directory);
        Duration conversion = Duration.ofNanos(System.nanoTime() - start);
        List<Path> files = new ArrayList<>();
        for (Path source : forPdf) {
            files.add(converted(directory, source, "pdf"));
        }
        for (Path source : forDocx) {
            files.add(converted(directory, source, "docx"));
        }
        return new Corpus(files, version(libreOffice), conversion);
    }

    private static List<String> paragraphsOf(Path seeds) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                    // the seeds are Markdown-ish: drop emphasis and list marks, keep the words
                    String text = line.replace("**", "")
                            .replaceAll("^\\s*[-*]\\s+", "")
                            .replaceAll("[\\s\\u00a0]+", " ")
                            .strip();
                    if (text.length() > LONGEST_PARAGRAPH) {
                        text = text.substring(0, LONGEST_PARAGRAPH);
                    }
                    if (!text.isEmpty()) {
                        paragraphs.add(text);
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("no seed text (*.txt) in " + seeds);
        }
        return paragraphs;
    }

    /** Document {@code n}: pages of consecutive seed paragraphs, each file starting elsewhere in the seeds. */
    private String document(int n, int pages) {
        StringBuilder body = new StringBuilder();
        int next = (n * 17) % paragraphs.size();
        for (int page = 1; page <= pages; page++) {
            body.append("<text:p text:style-name=\"")
                    .append(page == 1 ? "Heading" : "HeadingOnNewPage")
                    .append("\">")
                    .append(xml("可持续公共采购计划简报 · Source report " + n + " · 第 " + page + " 页"))
                    .append("</text:p>\n");
            int lines = 0;
            while (lines < PAGE_LINES) {
                String paragraph = paragraphs.get(next);
                int more = lines(paragraph);
                if (lines > 0 && lines + more > PAGE_LINES) {
                    break;
                }
                next = (next + 1) % paragraphs.size();
                body.append("<text:p text:style-name=\"Body\">")
                        .append(xml(paragraph))
                        .append("</text:p>\n");
                lines += more;
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
                    office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                  <office:meta>
                    <dc:title>%s</dc:title>
                    <meta:initial-creator>Bulletin CMS extraction benchmark</meta:initial-creator>
                    <meta:document-statistic meta:page-count="%d"/>
                  </office:meta>
                  <office:font-face-decls>
                    <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/>
                  </office:font-face-decls>
                  <office:styles>
                    <style:default-style style:family="paragraph">
                      <style:paragraph-properties fo:margin-bottom="0.2cm"/>
                      <style:text-properties style:font-name="Noto Sans CJK SC" fo:font-size="11pt"
                          fo:language="en" fo:country="GB" style:font-name-asian="Noto Sans CJK SC"
                          style:font-size-asian="11pt" style:language-asian="zh" style:country-asian="CN"/>
                    </style:default-style>
                  </office:styles>
                  <office:automatic-styles>
                    <style:style style:name="Body" style:family="paragraph"/>
                    <style:style style:name="Heading" style:family="paragraph">
                      <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"
                          fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold"
                          style:font-weight-asian="bold"/>
                    </style:style>
                    <style:style style:name="HeadingOnNewPage" style:family="paragraph" style:parent-style-name="Heading">
                      <style:paragraph-properties fo:break-before="page"/>
                      <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"
                          fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold"
                          style:font-weight-asian="bold"/>
                    </style:style>
                  </office:automatic-styles>
                  <office:body>
                    <office:text>
                %s    </office:text>
                  </office:body>
                </office:document>
                """.formatted(xml("Source report " + n), pages, body);
    }

    /** A paragraph's lines, counting a Latin letter as half a Chinese character, and its spacing as one more. */
    private static int lines(String paragraph) {
        double width =
                paragraph.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
        return (int) Math.ceil(width / CHARACTERS_PER_LINE) + 1;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void convert(String libreOffice, String format, List<Path> sources, Path outDirectory)
            throws IOException, InterruptedException {
        if (sources.isEmpty()) {
            return;
        }
        Path profile = Files.createTempDirectory("bench-extraction-libreoffice");
        try {
            List<String> command = new ArrayList<>(List.of(
                    libreOffice,
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    format,
                    "--outdir",
                    outDirectory.toString()));
            sources.forEach(source -> command.add(source.toString()));
            Path log = outDirectory.resolve("libreoffice-" + format + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(CONVERSION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice did not convert to " + format + " within "
                        + CONVERSION_TIMEOUT.toSeconds() + " s; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("LibreOffice failed converting to " + format + " (exit "
                        + process.exitValue() + "): " + Files.readString(log));
            }
        } finally {
            WorkTree.delete(profile);
        }
    }

    private static Path converted(Path directory, Path source, String extension) {
        String name = source.getFileName().toString();
        Path file = directory.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("LibreOffice produced no " + file + "; see "
                    + directory.resolve("libreoffice-" + extension + ".log"));
        }
        return file;
    }

    private static String version(String libreOffice) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(libreOffice, "--version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        return output.lines().findFirst().orElse("unknown");
    }
}
