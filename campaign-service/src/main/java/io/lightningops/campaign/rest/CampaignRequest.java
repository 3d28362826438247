package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.CampaignChannel;
import io.lightningops.campaign.domain.CampaignObjective;
import io.lightningops.campaign.domain.MetricWeights;

@Schema(name = "CampaignRequest", description = "A campaign to create, or its new state")
public record CampaignRequest(
        @NotBlank @Size(max = 120) @Schema(example = "双11 咖啡节") String name,
        @NotNull @Schema(description = "AWARENESS, ENGAGEMENT, FOLLOWERS, CONVERSION or PRODUCT_LAUNCH") CampaignObjective objective,
        @Size(max = 2000) @Schema(example = "新品冷萃上市，达人种草 + 直播转化") String description,
        @NotNull @Schema(example = "2026-11-01T00:00:00+08:00") OffsetDateTime startsAt,
        @NotNull @Schema(description = "After startsAt", example = "2026-11-12T00:00:00+08:00") OffsetDateTime endsAt,
        @Size(max = 6) @Schema(description = "Where it runs") Set<@NotNull CampaignChannel> channels,
        @Size(max = 200) @Schema(description = "Ids of the partners it works with") List<@NotBlank String> partnerIds,
        @Schema(description = "The budget line it spends from") String budgetLineId,
        @Valid @Schema(description = "Overrides the configured partner evaluation weights for this campaign; null to use them")
        MetricWeights evaluationWeights) {
}
