package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report", description = "A daily or monthly report: key figures against the previous period, the daily "
        + "trend, goals, and the best and worst videos. The same content as CSV (Accept: text/csv) or as a page with "
        + "charts (Accept: text/html).")
public record ReportResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(description = "DAILY or MONTHLY", example = "MONTHLY") String period,
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-30") LocalDate to,
        @Schema(description = "The previous period the figures are compared with") LocalDate previousFrom,
        LocalDate previousTo,
        OffsetDateTime generatedAt,
        @Schema(description = "The 20 key figures") List<Figure> figures,
        @Schema(description = "The playbook's goals over the period") List<GoalProgress> goals,
        @Schema(description = "The account per day (a daily report: the 14 days up to its date)") List<DayFigures> trend,
        @Schema(description = "The videos with the most plays in the period, best first") List<VideoFigures> topVideos,
        @Schema(description = "The videos with the fewest plays in the period, worst first") List<VideoFigures> bottomVideos) {

    @Schema(name = "ReportFigure", description = "A key figure, its value in the previous period and the change")
    public record Figure(
            @Schema(description = "The KPI's field name", example = "plays") String key,
            @Schema(example = "播放量") String label,
            @Schema(example = "2400000") BigDecimal value,
            @Schema(example = "2000000") BigDecimal previous,
            @Schema(description = "(value − previous) / previous; null when previous is 0 or absent", example = "0.2")
            BigDecimal change) {
    }

    @Schema(name = "ReportVideo", description = "A video's increments in the period")
    public record VideoFigures(
            @Schema(example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f") String videoId,
            @Schema(example = "128000") long plays,
            @Schema(example = "9600") long likes,
            @Schema(example = "430") long comments,
            @Schema(example = "1200") long shares,
            @Schema(example = "0.087734") BigDecimal engagementRate,
            @Schema(example = "0.42") BigDecimal completionRate) {
    }
}
