package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.PartnerType;

@Schema(name = "RankedPartner", description = "A partner's place in a ranking, scored with the ranking's weights")
public record RankedPartner(
        @Schema(example = "1") long rank,
        String partnerId,
        String name,
        PartnerType type,
        String agency,
        @Schema(example = "78.20") BigDecimal score,
        List<MetricScore> breakdown,
        @Schema(description = "The evaluation whose normalized metrics were scored") String evaluationId,
        @Schema(description = "The campaign that evaluation was made for; null for a general one") String campaignId,
        OffsetDateTime evaluatedAt) {
}
