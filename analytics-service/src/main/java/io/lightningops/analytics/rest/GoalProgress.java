package io.lightningops.analytics.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalProgress", description = "A playbook goal over the window and how far the account is towards it")
public record GoalProgress(
        @Schema(description = "FOLLOWERS (gained in the window), AVG_PLAYS_PER_VIDEO or COMPLETION_RATE",
                example = "FOLLOWERS") String goal,
        @Schema(description = "The target for this window (followers prorated from the goal's period)", example = "50000")
        BigDecimal target,
        @Schema(description = "The window's value; null when there is none", example = "31250") BigDecimal actual,
        @Schema(description = "actual / target, a decimal (1 = reached); null when actual is", example = "0.625000")
        BigDecimal progress,
        @Schema(description = "actual reached the target") boolean met) {
}
