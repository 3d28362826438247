package io.lightningops.campaign.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipUpdate", description = "The new description of a partnership; its partner does not change")
public record PartnershipUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "冷萃新品 种草合作（二期）") String title,
        @Size(max = 2000) String description,
        String campaignId,
        LocalDate startsOn,
        LocalDate endsOn) {
}
