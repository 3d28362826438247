package io.lightningops.campaign.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipRequest", description = "A partnership to create (in DRAFT)")
public record PartnershipRequest(
        @NotBlank @Schema(description = "The partner (creator, MCN or brand)", required = true) String partnerId,
        @NotBlank @Size(max = 200) @Schema(example = "冷萃新品 种草合作", required = true) String title,
        @Size(max = 2000) String description,
        @Schema(description = "The campaign it serves, if any") String campaignId,
        LocalDate startsOn,
        LocalDate endsOn) {
}
