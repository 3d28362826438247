package io.lightningops.campaign.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.CampaignStatus;

@Schema(name = "CampaignTransition", description = "The status to move a campaign to")
public record CampaignTransitionRequest(@NotNull @Schema(example = "ACTIVE") CampaignStatus status) {
}
