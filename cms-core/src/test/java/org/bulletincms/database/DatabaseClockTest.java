package org.bulletincms.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatabaseClockTest {

    private static final Instant AT = Instant.parse("2026-12-06T15:30:01.123456Z");

    @Test
    void secondsSinceTheEpochAreReadToTheMicrosecondWhateverTheirNumberType() {
        assertEquals(AT, DatabaseClock.instant(new BigDecimal("1796571001.123456")));
        assertEquals(AT, DatabaseClock.instant(new BigDecimal("1796571001.123456000")));
        assertEquals(AT, DatabaseClock.instant(1796571001.123456d));
    }

    @Test
    void timestampTypesOfDriversAreReadAsTheInstantTheyName() {
        assertEquals(AT, DatabaseClock.instant(AT.atOffset(ZoneOffset.ofHours(8))));
        assertEquals(AT, DatabaseClock.instant(Timestamp.from(AT)));
        assertEquals(
                AT,
                DatabaseClock.instant(
                        OffsetDateTime.ofInstant(AT, ZoneOffset.UTC).toZonedDateTime()));
    }
}
