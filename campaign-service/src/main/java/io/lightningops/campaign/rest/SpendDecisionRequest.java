package io.lightningops.campaign.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.SpendDecisionType;

@Schema(name = "SpendDecisionRequest", description = "A decision at the level the request awaits")
public record SpendDecisionRequest(
        @NotNull @Min(1) @Max(3)
        @Schema(description = "The level decided; it must be the request's currentLevel", example = "1") Integer level,
        @NotNull
        @Schema(description = "APPROVE or REJECT") SpendDecisionType decision,
        @Size(max = 500)
        @Schema(example = "ROI 预估合理，同意") String comment) {
}
