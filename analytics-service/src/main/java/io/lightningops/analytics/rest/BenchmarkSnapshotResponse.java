package io.lightningops.analytics.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchmarkSnapshot", description = "A competitor's public counters at the end of a day")
public record BenchmarkSnapshotResponse(
        @Schema(example = "2026-11-25") LocalDate date,
        @Schema(example = "1284000") long followers,
        @Schema(example = "23900000") long totalLikes,
        @Schema(example = "812") long videos) {
}
