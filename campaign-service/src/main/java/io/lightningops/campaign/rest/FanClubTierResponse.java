package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.FanClubTier;
import io.lightningops.defaults.http.Times;

@Schema(name = "FanClubTier", description = "One of the fan club's three tiers")
public record FanClubTierResponse(
        @Schema(example = "2") int level,
        @Schema(example = "钻粉") String name,
        @Schema(example = "1000") int threshold,
        List<String> benefits,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {

    public static FanClubTierResponse from(FanClubTier t) {
        return new FanClubTierResponse(t.level, t.name, t.threshold, List.copyOf(t.benefits), Times.utc(t.updatedAt), t.version);
    }
}
