package io.lightningops.campaign.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.BidStrategy;
import io.lightningops.campaign.domain.TimeSlot;

@Schema(name = "BoostComparison", description = "Boost spend, GMV and ROI in total, by bid strategy, by time slot and by both")
public record BoostComparison(
        @Schema(description = "The campaign compared; null for all campaigns") String campaignId,
        Group total,
        List<Group> byBidStrategy,
        List<Group> byTimeSlot,
        List<Group> byBidStrategyAndTimeSlot) {

    @Schema(name = "BoostGroup", description = "Boosts of one group; ROI = gmv / spend to 4 decimals, half up")
    public record Group(
            @Schema(description = "Null unless grouped by strategy") BidStrategy bidStrategy,
            @Schema(description = "Null unless grouped by time slot") TimeSlot timeSlot,
            @Schema(example = "4") long boosts,
            @Schema(example = "2000.00") String spend,
            @Schema(example = "7400.00") String gmv,
            @Schema(example = "3.7000") String roi) {
    }
}
