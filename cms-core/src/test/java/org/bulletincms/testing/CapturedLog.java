package org.bulletincms.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the named loggers wrote while a test ran, for tests of the "logged once, not once per failure" promises.
 * Open it in the test (or a {@code @BeforeEach}) and close it afterwards, so no other test's records leak in.
 */
public final class CapturedLog implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private CapturedLog(List<Logger> loggers) {
        this.loggers = loggers;
        loggers.forEach(logger -> logger.addHandler(handler));
    }

    /** Starts capturing what the loggers of these classes write. */
    public static CapturedLog of(Class<?>... sources) {
        // Strong references: a logger nobody holds may be collected, and its handler with it.
        return new CapturedLog(java.util.Arrays.stream(sources)
                .map(c -> Logger.getLogger(c.getName()))
                .toList());
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    public List<Level> levels() {
        return records.stream().map(LogRecord::getLevel).toList();
    }

    public List<String> loggerNames() {
        return records.stream().map(LogRecord::getLoggerName).toList();
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.removeHandler(handler));
    }
}
