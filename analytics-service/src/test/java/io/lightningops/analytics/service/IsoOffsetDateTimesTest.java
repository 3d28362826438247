package io.lightningops.analytics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading of the plain form gives exactly what {@link OffsetDateTime#parse} gives, and leaves the rest to it. */
class IsoOffsetDateTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T10:00:00Z", "2026-11-20T10:00:00+08:00", "2026-11-20T23:59:59-05:30",
        "2026-11-20T10:00:00.5Z", "2026-11-20T10:00:00.123+08:00", "2026-11-20T10:00:00.123456789-00:00",
        "2024-02-29T00:00:00+14:00", "0001-01-01T00:00:00-18:00"})
    void readsThePlainFormAsTheStandardParserDoes(String text) {
        OffsetDateTime expected = OffsetDateTime.parse(text);
        OffsetDateTime read = IsoOffsetDateTimes.parse(text);
        assertEquals(expected, read);
        assertEquals(expected.getOffset(), read.getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T10:00:00", "2026-11-20T10:00Z", "2026-11-20 10:00:00Z", "2026-11-20t10:00:00z",
        "2026-02-30T10:00:00Z", "2026-11-20T24:00:00Z", "2026-11-20T10:00:60Z", "2026-11-20T10:00:00.Z",
        "2026-11-20T10:00:00.1234567891Z", "2026-11-20T10:00:00+19:00", "2026-11-20T10:00:00+0800",
        "2026-11-20T10:00:00+08", "+2026-11-20T10:00:00Z", "2026-11-2OT10:00:00Z", " 2026-11-20T10:00:00Z", ""})
    void leavesEverythingElseToTheStandardParser(String text) {
        assertNull(IsoOffsetDateTimes.parse(text));
    }
}
