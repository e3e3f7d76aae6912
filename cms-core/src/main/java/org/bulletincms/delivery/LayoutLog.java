package org.bulletincms.delivery;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's messages through java.util.logging, as the server logs everything else. Left to itself it writes
 * every message to standard error, which WildFly logs at ERROR ("Loading font…", "Prepare to fly."); here its
 * chatter (INFO and below) is FINE, and its warnings stay warnings under the {@code com.openhtmltopdf} categories.
 */
final class LayoutLog implements XRLogger {

    private LayoutLog() {}

    /** Installs it for the whole class loader; openhtmltopdf's logger is global. */
    static void install() {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new LayoutLog());
    }

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(demoted(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger.getLogger(where).log(demoted(level), message, failure);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the server's logging configuration's to set
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        LogMessageId id = diagnostic.getLogMessageId();
        return Logger.getLogger(id.getWhere()).isLoggable(demoted(diagnostic.getLevel()));
    }

    private static Level demoted(Level level) {
        return level.intValue() <= Level.INFO.intValue() ? Level.FINE : level;
    }
}
