package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.Campaign;
import io.lightningops.campaign.domain.CampaignChannel;
import io.lightningops.campaign.domain.CampaignObjective;
import io.lightningops.campaign.domain.CampaignStatus;
import io.lightningops.campaign.domain.EvaluationWeights;
import io.lightningops.campaign.domain.MetricWeights;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "Campaign", description = "A campaign")
public record CampaignResponse(
        String id,
        @Schema(example = "双11 咖啡节") String name,
        CampaignObjective objective,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        List<CampaignChannel> channels,
        List<String> partnerIds,
        String budgetLineId,
        CampaignStatus status,
        @Schema(description = "The campaign's own evaluation weights; null when it uses the configured ones")
        MetricWeights evaluationWeights,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {

    public static CampaignResponse from(Campaign c) {
        return new CampaignResponse(Ids.format(c.id), c.name, c.objective, c.description, Times.utc(c.startsAt),
                Times.utc(c.endsAt), c.channels.stream().sorted().toList(), c.partnerIds.stream().map(Ids::format).sorted().toList(),
                Ids.format(c.budgetLineId), c.status, EvaluationWeights.toMetricWeights(c.evaluationWeights), Times.utc(c.createdAt),
                Times.utc(c.updatedAt), c.version);
    }
}
