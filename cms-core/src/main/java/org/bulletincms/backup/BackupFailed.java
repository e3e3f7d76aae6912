package org.bulletincms.backup;

/**
 * A backup could not be completed for a reason an operator must look into (the reason's code is shown to the
 * caller, the details are in the server log). Nothing of the backup is left behind.
 */
public class BackupFailed extends RuntimeException {

    /** What failed, as a stable code for the problem description. */
    public enum Reason {
        DATABASE("database"),
        PG_DUMP_MISSING("pg-dump-missing"),
        PG_DUMP_FAILED("pg-dump-failed"),
        UNSUPPORTED_DATABASE("unsupported-database"),
        SOURCE_STORE("source-store"),
        WRITE("write");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public BackupFailed(Reason reason, String message, Throwable cause) {
        super(reason.code() + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
