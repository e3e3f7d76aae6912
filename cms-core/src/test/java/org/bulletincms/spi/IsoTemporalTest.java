package org.bulletincms.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class IsoTemporalTest {

    @Test
    void readsAnOffsetDateTime() {
        assertEquals(
                ZonedDateTime.of(2021, 11, 6, 13, 30, 0, 0, ZoneOffset.UTC),
                IsoTemporal.zonedDateTime("2021-11-06T13:30Z").orElseThrow());
    }

    @Test
    void keepsARegionZoneThatMatchesTheOffset() {
        ZonedDateTime geneva = IsoTemporal.zonedDateTime("2024-05-29T17:00+02:00[Europe/Zurich]")
                .orElseThrow();

        assertEquals(ZoneId.of("Europe/Zurich"), geneva.getZone());
        assertEquals(17, geneva.getHour());
    }

    @Test
    void refusesAnOffsetTheZoneDoesNotHaveRatherThanMovingTheTime() {
        assertTrue(IsoTemporal.zonedDateTime("2024-05-29T17:00+01:00[Europe/Zurich]")
                .isEmpty());
    }

    @Test
    void refusesALocalDateTime() {
        assertTrue(IsoTemporal.zonedDateTime("2024-05-29T17:00").isEmpty());
    }

    @Test
    void refusesADayThatDoesNotExist() {
        assertTrue(IsoTemporal.date("2023-02-29").isEmpty());
        assertTrue(IsoTemporal.date("2024-02-29").isPresent());
    }
}
