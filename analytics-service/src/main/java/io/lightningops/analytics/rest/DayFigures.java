package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DayFigures", description = "An account's increments on one day (a point of a trend)")
public record DayFigures(
        @Schema(example = "2026-11-25") LocalDate date,
        @Schema(description = "Videos with a snapshot that day", example = "24") long videos,
        @Schema(example = "82000") long plays,
        @Schema(example = "6100") long likes,
        @Schema(example = "320") long comments,
        @Schema(example = "410") long shares,
        @Schema(example = "700") long favorites,
        @Schema(example = "1050") long newFollowers,
        @Schema(description = "Plays-weighted completion rate", example = "0.610000") BigDecimal completionRate,
        @Schema(example = "17.20") BigDecimal avgWatchSeconds,
        @Schema(description = "(likes + comments + shares) / plays", example = "0.083900") BigDecimal engagementRate) {
}
