package io.lightningops.risk.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.AnomalyRule;

@Schema(name = "AnomalyReport", description = "Engagement anomalies of an account over a window, each with its evidence")
public record AnomalyReport(
        String accountId,
        OffsetDateTime from,
        OffsetDateTime to,
        @Schema(description = "Metric snapshots read from analytics-service", example = "168") int snapshotsExamined,
        @Schema(description = "True when the window held more snapshots than lightning.anomalies.max-snapshots")
        boolean truncated,
        List<Flag> flags) {

    @Schema(name = "AnomalyFlag", description = "One anomaly: the rule, the video, the interval and the numbers behind it")
    public record Flag(
            AnomalyRule rule,
            String videoId,
            @Schema(description = "Start of the interval in which it happened") OffsetDateTime from,
            @Schema(description = "End of the interval") OffsetDateTime to,
            @Schema(description = "The figures that tripped the rule and its threshold, e.g. playsGained, likesGained, "
                    + "likesPerPlay, maxLikesPerPlay") Map<String, Object> evidence) {
    }
}
