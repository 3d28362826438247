package io.lightningops.content.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lightningops.defaults.problem.ApiException;

/** An ISO-8601 week such as 2026-W48: Monday to Sunday, week 1 holding the year's first Thursday. */
public record IsoWeek(int year, int week) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    /** The week in {@code value}, or a validation problem on {@code field}; {@code null} when absent. */
    public static IsoWeek parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = FORMAT.matcher(value.strip());
        if (!m.matches()) {
            throw ApiException.invalid(field, "must be an ISO week as YYYY-Www, e.g. 2026-W48");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (week < 1 || week > weeks) {
            throw ApiException.invalid(field, year + " has ISO weeks 1 to " + weeks);
        }
        return new IsoWeek(year, week);
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
