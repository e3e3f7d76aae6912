package org.bulletincms.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Apache Tika parsing in JVMs of its own, as Tika's robustness guide asks for untrusted files: Tika's pipes
 * ({@link PipesParser}) keep {@code cms.sources.parsers} {@code PipesServer} processes running, each with its own
 * heap cap, and hand them one file at a time. A file that takes too long gets its process killed ({@code timeout});
 * one that exhausts the heap takes down only its process ({@code out-of-memory}); text beyond the write limit stops
 * the parse ({@code write-limit}). The next file starts a fresh process. The server JVM holds no parser at all:
 * the parsers' jars ({@code cms.sources.parser-classpath}) are only on the processes' class path.
 *
 * <p>The processes read originals straight from the store's directory (Tika's file-system fetcher, which refuses
 * paths outside it), and get no network where the system allows ({@link ParserLauncher}).
 *
 * <p>Thread-safe: {@link #parse} blocks while all processes are busy.
 */
public final class IsolatedTika implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IsolatedTika.class.getName());
    private static final String FETCHER = "sources";
    private static final int MAX_EMBEDDED_DOCUMENTS = 1000;

    private final PipesParser pipes;
    private final SourceLimits limits;

    /**
     * @param originals       the directory of the files to parse (keys are relative to it)
     * @param workDirectory   where the Tika configuration, the launcher and the parsers' temporary files go
     * @param parserClasspath the class path of the parser processes: tika-core, the parsers and their libraries
     */
    public IsolatedTika(Path originals, Path workDirectory, String parserClasspath, SourceLimits limits) {
        this.limits = limits;
        try {
            Path temp = Files.createDirectories(workDirectory.resolve("tmp"));
            Path config = workDirectory.resolve("tika-config.xml");
            Files.writeString(
                    config,
                    configuration(originals, temp, parserClasspath, ParserLauncher.prepare(workDirectory), limits));
            pipes = new PipesParser(PipesConfig.load(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TikaConfigException e) {
            throw new IllegalStateException("Tika pipes configuration refused: " + e.getMessage(), e);
        }
    }

    /** Parses the file stored under {@code key}; blocks the calling thread until a parser process has done so. */
    @SuppressWarnings("try") // the context is held, not read
    public ParseOutcome parse(String key) throws InterruptedException {
        ParseContext context = new ParseContext();
        context.set(
                HandlerConfig.class,
                new HandlerConfig(
                        BasicContentHandlerFactory.HANDLER_TYPE.XML,
                        HandlerConfig.PARSE_MODE.CONCATENATE,
                        limits.maxExtractedCharacters(),
                        MAX_EMBEDDED_DOCUMENTS,
                        true));
        FetchEmitTuple task = new FetchEmitTuple(
                key,
                new FetchKey(FETCHER, key),
                new EmitKey("", ""),
                new Metadata(),
                context,
                FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
        PipesResult result;
        // a parser process is started here when none runs
        try (var reaper = ProcessReaperContext.enter()) {
            result = pipes.parse(task);
        } catch (IOException | PipesException e) {
            LOG.warning("Source " + key + ": the parser process could not be reached: " + e);
            return new ParseOutcome.Failed(FailureReason.CRASHED, FailureReason.CRASHED.advice());
        }
        return switch (result.getStatus()) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, EMIT_SUCCESS, EMIT_SUCCESS_PARSE_EXCEPTION ->
                parsed(key, result);
            case TIMEOUT ->
                new ParseOutcome.Failed(
                        FailureReason.TIMEOUT,
                        "parsing took longer than " + limits.parseTimeout().toSeconds() + " s");
            case OOM ->
                new ParseOutcome.Failed(
                        FailureReason.OUT_OF_MEMORY, "parsing needed more than " + limits.parserHeapMb() + " MB");
            case EMPTY_OUTPUT, PARSE_EXCEPTION_NO_EMIT, PARSE_EXCEPTION_EMIT ->
                logged(key, FailureReason.UNPARSEABLE, result.getMessage());
            case INTERRUPTED_EXCEPTION -> throw new InterruptedException("parse interrupted");
            default -> logged(key, FailureReason.CRASHED, "the parser process ended: " + result.getStatus());
        };
    }

    private ParseOutcome parsed(String key, PipesResult result) {
        String stack = result.getEmitData().getContainerStackTrace();
        if (stack != null && !stack.isBlank()) {
            return failure(key, stack);
        }
        List<Metadata> documents = result.getEmitData().getMetadataList();
        Metadata metadata = documents.get(0);
        String xhtml = metadata.get(TikaCoreProperties.TIKA_CONTENT);
        String mediaType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE))
                .orElse("application/octet-stream")
                .split(";", 2)[0]
                .trim();
        return new ParseOutcome.Parsed(xhtml == null ? "" : xhtml, mediaType, metadataOf(metadata));
    }

    private ParseOutcome.Failed failure(String key, String stack) {
        if (stack.contains("EncryptedDocumentException")) {
            return new ParseOutcome.Failed(FailureReason.ENCRYPTED, "the file is password-protected");
        }
        if (stack.contains("WriteLimitReachedException")) {
            return new ParseOutcome.Failed(
                    FailureReason.WRITE_LIMIT,
                    "the text is longer than " + limits.maxExtractedCharacters() + " characters");
        }
        if (stack.contains("Suspected zip bomb") || stack.contains("ZipBomb") || stack.contains("zip bomb")) {
            return logged(key, FailureReason.SUSPECTED_BOMB, stack);
        }
        return logged(key, FailureReason.UNPARSEABLE, stack);
    }

    /**
     * A failure whose only explanation is the parser's own (exception classes, object ids, paths): that goes to the
     * log with the file's key, and the source says what the editor can do.
     */
    private ParseOutcome.Failed logged(String key, FailureReason reason, String parserMessage) {
        String message = parserMessage == null || parserMessage.isBlank()
                ? "the parser produced nothing"
                : parserMessage.strip();
        LOG.info(() -> "Source file " + key + " failed as " + reason.code() + ": "
                + (message.length() > 4000 ? message.substring(0, 4000) + " …" : message));
        return new ParseOutcome.Failed(reason, reason.advice());
    }

    private static DocumentMetadata metadataOf(Metadata metadata) {
        return new DocumentMetadata(
                value(metadata.get(TikaCoreProperties.TITLE)),
                value(metadata.get(TikaCoreProperties.CREATOR)),
                value(metadata.get(TikaCoreProperties.CREATED)),
                value(metadata.get(TikaCoreProperties.MODIFIED)),
                pages(metadata.get(PagedText.N_PAGES)));
    }

    private static Optional<String> value(String value) {
        return Optional.ofNullable(value)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .map(v -> v.length() > 1000 ? v.substring(0, 1000) : v);
    }

    private static OptionalInt pages(String value) {
        try {
            return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static String configuration(Path originals, Path temp, String classpath, Path java, SourceLimits limits) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by Bulletin CMS at start-up (org.bulletincms.source.IsolatedTika); edits are overwritten. -->
                <properties>
                  <fetchers>
                    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                      <name>%s</name>
                      <basePath>%s</basePath>
                    </fetcher>
                  </fetchers>
                  <autoDetectParserConfig>
                    <!-- SecureContentHandler: refuse files that expand 100-fold beyond 10 M characters, or nest
                         elements deeper than any real document (below jsoup's own cap of 512, so a hostile HTML
                         page that nests a hundred thousand elements fails rather than being silently flattened). -->
                    <outputThreshold>10000000</outputThreshold>
                    <maximumCompressionRatio>100</maximumCompressionRatio>
                    <maximumDepth>400</maximumDepth>
                    <maximumPackageEntryDepth>10</maximumPackageEntryDepth>
                  </autoDetectParserConfig>
                  <pipes>
                    <params>
                      <numClients>%d</numClients>
                      <timeoutMillis>%d</timeoutMillis>
                      <startupTimeoutMillis>120000</startupTimeoutMillis>
                      <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
                      <maxFilesProcessedPerProcess>500</maxFilesProcessedPerProcess>
                      <maxWaitForClientMillis>%d</maxWaitForClientMillis>
                      <javaPath>%s</javaPath>
                      <forkedJvmArgs>
                        <arg>-Xmx%dm</arg>
                        <arg>-XX:+UseSerialGC</arg>
                        <arg>-Djava.io.tmpdir=%s</arg>
                        <arg>-Dfile.encoding=UTF-8</arg>
                        <arg>--add-opens=java.base/java.nio=ALL-UNNAMED</arg>
                        <arg>--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED</arg>
                        <arg>-cp</arg>
                        <arg>%s</arg>
                      </forkedJvmArgs>
                    </params>
                  </pipes>
                </properties>
                """.formatted(
                        FETCHER,
                        xml(originals.toString()),
                        limits.parsers(),
                        limits.parseTimeout().toMillis(),
                        Long.MAX_VALUE / 2,
                        xml(java.toString()),
                        limits.parserHeapMb(),
                        xml(temp.toString()),
                        xml(classpath));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        try {
            pipes.close();
        } catch (IOException e) {
            // the processes are being killed anyway; nothing is left to save
        }
    }
}
