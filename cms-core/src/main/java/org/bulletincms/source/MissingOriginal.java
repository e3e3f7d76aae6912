package org.bulletincms.source;

import java.time.Instant;
import java.util.Locale;

/**
 * Why a source's original cannot be read, and since when. The source itself (row, text, links) is kept: a missing
 * original is a fault of the storage to be repaired, never a reason to forget a report. It heals by itself when
 * the store holds the file again (the next sweep or start-up).
 */
public record MissingOriginal(Reason reason, Instant since) {

    public enum Reason {
        /** The store is the one the database knows, and the file is not in it (deleted or lost). */
        NOT_IN_STORE,
        /**
         * The store is not the one the database knows (empty, unmounted, or {@code cms.sources.dir} changed): the
         * file may well be safe where the store used to be.
         */
        STORE_NOT_RECOGNISED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Reason ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
