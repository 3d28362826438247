package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cohorts", description = "Users grouped by the day of their first FOLLOW of the account, with retention and LTV")
public record CohortResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(description = "First cohort day (inclusive)", example = "2026-11-01") LocalDate from,
        @Schema(description = "Last cohort day (inclusive)", example = "2026-11-30") LocalDate to,
        @Schema(description = "Days of orders that LTV counts, the cohort day being the first", example = "30") int ltvDays,
        @Schema(description = "One entry per day with at least one first follow, in day order") List<Cohort> cohorts) {

    @Schema(name = "Cohort", description = "The users whose first FOLLOW fell on one day")
    public record Cohort(
            @Schema(description = "The cohort day: the calendar day (reporting zone) of the users' first FOLLOW",
                    example = "2026-11-03") LocalDate day,
            @Schema(description = "Users in the cohort", example = "120") long users,
            @Schema(description = "Users of the cohort with any event (follow, order, like) on day + 1", example = "42")
            long day1Active,
            @Schema(description = "day1Active / users (6 places); null until day + 1 is over", example = "0.35")
            BigDecimal day1Retention,
            @Schema(description = "Users of the cohort with any event on day + 7", example = "18") long day7Active,
            @Schema(description = "day7Active / users (6 places); null until day + 7 is over", example = "0.15")
            BigDecimal day7Retention,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, description = "Order amounts of the cohort's users on days "
                    + "[day, day + ltvDays − 1], exact CNY", example = "5380.00") BigDecimal revenue,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, description = "revenue / users, CNY rounded half up to the fen",
                    example = "44.83") BigDecimal ltv,
            @Schema(description = "Whether the LTV's last day is over (else the figure may still grow)", example = "true")
            boolean ltvFinal) {
    }
}
