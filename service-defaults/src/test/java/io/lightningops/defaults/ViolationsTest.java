package io.lightningops.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

import io.lightningops.defaults.problem.Violation;
import io.lightningops.defaults.problem.Violations;

/** A JSON value of the wrong type is named by its path in the request and by what it must be. */
class ViolationsTest {

    record Row(long plays, OffsetDateTime capturedAt, LocalDate day) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private Violation violationOf(String body) {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> json.readValue(body, Row.class));
        return Violations.of(e);
    }

    @Test
    void aTextWhereANumberBelongsMustBeANumber() {
        assertEquals(new Violation("plays", "must be a number"), violationOf("{\"plays\": \"many\"}"));
    }

    @Test
    void aMalformedTimeMustBeADateTimeWithOffset() {
        assertEquals(new Violation("capturedAt", "must be an ISO-8601 date-time with offset"),
                violationOf("{\"capturedAt\": \"yesterday\"}"));
    }

    @Test
    void aMalformedDayMustBeADate() {
        assertEquals(new Violation("day", "must be an ISO-8601 date such as 2026-11-26"),
                violationOf("{\"day\": \"26/11/2026\"}"));
    }
}
