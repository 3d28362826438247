package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.BidStrategy;
import io.lightningops.campaign.domain.Boost;
import io.lightningops.campaign.domain.Money;
import io.lightningops.campaign.domain.TimeSlot;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "Boost", description = "A paid DOU+ boost and its ROI")
public record BoostResponse(
        String id,
        String campaignId,
        @Schema(example = "7301234567890123456") String videoRef,
        @Schema(example = "500.00") String spend,
        BidStrategy bidStrategy,
        TimeSlot timeSlot,
        @Schema(example = "1850.00") String gmv,
        @Schema(description = "gmv / spend to 4 decimals, rounded half up", example = "3.7000") String roi,
        OffsetDateTime startedAt,
        OffsetDateTime createdAt,
        @Schema(example = "0") long version) {

    public static BoostResponse from(Boost b) {
        return new BoostResponse(Ids.format(b.id), Ids.format(b.campaignId), b.videoRef, Money.format(b.spend),
                b.bidStrategy, b.timeSlot, Money.format(b.gmv), Money.formatRatio(Money.ratio(b.gmv, b.spend)),
                Times.utc(b.startedAt), Times.utc(b.createdAt), b.version);
    }
}
