package io.lightningops.campaign.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.ContractStatus;

@Schema(name = "ContractTransition", description = "Move the contract to its next status: DRAFT -> LEGAL_REVIEW | ARCHIVED, "
        + "LEGAL_REVIEW -> DRAFT | SIGNED, SIGNED -> IN_FORCE | ARCHIVED, IN_FORCE -> ARCHIVED")
public record TransitionRequest(
        @NotNull @Schema(example = "LEGAL_REVIEW") ContractStatus status,
        @Size(max = 1000) @Schema(example = "条款已与MCN确认") String note) {
}
