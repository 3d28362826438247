package io.lightningops.analytics.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchmarkSnapshotRequest", description = "A competitor's public counters at the end of a day; sent again, it replaces them")
public record BenchmarkSnapshotRequest(
        @NotNull @Schema(description = "The calendar day (reporting zone); not in the future", example = "2026-11-25")
        LocalDate date,
        @NotNull @PositiveOrZero @Schema(example = "1284000") Long followers,
        @NotNull @PositiveOrZero @Schema(description = "Likes over all its videos (获赞)", example = "23900000") Long totalLikes,
        @NotNull @PositiveOrZero @Schema(description = "Videos published", example = "812") Long videos) {
}
