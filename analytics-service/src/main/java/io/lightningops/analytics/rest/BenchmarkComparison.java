package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchmarkComparison", description = "Our account's growth over a window beside each competitor's")
public record BenchmarkComparison(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-30") LocalDate to,
        Ours ours,
        @Schema(description = "Every registered benchmark, by name") List<Competitor> competitors) {

    @Schema(name = "BenchmarkOurs", description = "Our figures, the same as GET /api/kpis for the window")
    public record Ours(
            @Schema(description = "Followers at the window's end (account snapshots)", example = "182300") Long followers,
            @Schema(example = "12300") Long followerGrowth,
            @Schema(example = "0.072") BigDecimal followerGrowthRate,
            @Schema(description = "Plays gained in the window", example = "2400000") long plays,
            @Schema(description = "Likes gained in the window", example = "180000") long likes,
            @Schema(description = "Videos with snapshots in the window", example = "24") long videos) {
    }

    @Schema(name = "BenchmarkCompetitor", description = "A competitor's growth over the window, from its snapshots")
    public record Competitor(
            @Schema(example = "9a1f3c2e-5b7d-4e8f-a0b1-c2d3e4f5a6b7") String benchmarkId,
            @Schema(example = "某国货美妆旗舰店") String name,
            @Schema(example = "guohuo_beauty") String douyinId,
            @Schema(description = "Followers at the start: the last snapshot before the window, else its first in it",
                    example = "1200000") Long followersStart,
            @Schema(description = "Followers of the last snapshot up to the window's last day", example = "1284000") Long followersEnd,
            @Schema(example = "84000") Long followerGrowth,
            @Schema(description = "followerGrowth / followersStart (6 places)", example = "0.07") BigDecimal followerGrowthRate,
            @Schema(description = "Total likes gained between the same two snapshots", example = "1900000") Long likesGrowth,
            @Schema(description = "Videos published between the same two snapshots", example = "31") Long videosGrowth,
            @Schema(description = "Its followerGrowthRate minus ours (null when either is unknown); above 0: it grew faster",
                    example = "-0.002") BigDecimal followerGrowthRateGap) {
    }
}
