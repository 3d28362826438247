package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An account's KPIs over the days [from, to]. Counters are increments over the window (per video: the last value
 * in the window minus the last value before it); rates are ratios of the window's totals to its plays.
 */
@Schema(name = "Kpis", description = "An account's KPIs over the days [from, to]: counters are increments over the "
        + "window, rates are decimals (window totals / window plays), null when there were no plays")
public record KpiResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-30") LocalDate to,
        @Schema(description = "Days in the window", example = "30") int days,
        @Schema(description = "Videos with a snapshot in the window", example = "24") long videos,
        @Schema(example = "2400000") long plays,
        @Schema(example = "180000") long likes,
        @Schema(example = "9600") long comments,
        @Schema(example = "12000") long shares,
        @Schema(example = "21000") long favorites,
        @Schema(description = "Followers gained through the videos", example = "31250") long newFollowers,
        @Schema(example = "100000.00") BigDecimal avgPlaysPerVideo,
        @Schema(description = "Plays-weighted completion rate of the videos that report it", example = "0.612000")
        BigDecimal completionRate,
        @Schema(description = "Plays-weighted average watch time in seconds", example = "17.50") BigDecimal avgWatchSeconds,
        @Schema(example = "0.075000") BigDecimal likeRate,
        @Schema(example = "0.004000") BigDecimal commentRate,
        @Schema(example = "0.005000") BigDecimal shareRate,
        @Schema(example = "0.008750") BigDecimal favoriteRate,
        @Schema(description = "(likes + comments + shares) / plays", example = "0.084000") BigDecimal engagementRate,
        @Schema(description = "Followers at the end of the window (account snapshots); null without any",
                example = "182300") Long followers,
        @Schema(description = "Followers at the end minus before the window (account snapshots)", example = "30100")
        Long followerGrowth,
        @Schema(description = "followerGrowth / followers before the window", example = "0.197900")
        BigDecimal followerGrowthRate,
        @Schema(description = "Profile visits in the window", example = "54000") long profileVisits,
        @Schema(description = "Live sessions started in the window", example = "8") long liveSessions,
        @Schema(example = "384000") long liveViewers,
        @Schema(description = "The highest peak of the window's sessions", example = "5100") long livePeakViewers,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, description = "GMV of the window's sessions in CNY", example = "1030400.00")
        BigDecimal liveGmv,
        @Schema(example = "7680") long liveOrders,
        @Schema(description = "The playbook's goals and the progress towards them") List<GoalProgress> goals) {
}
