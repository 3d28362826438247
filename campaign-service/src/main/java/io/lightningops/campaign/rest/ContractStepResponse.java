package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.ContractStatus;
import io.lightningops.campaign.domain.ContractStep;

@Schema(name = "ContractStep", description = "One step of the contract's lifecycle and who took it")
public record ContractStepResponse(ContractStatus from, ContractStatus to, @Schema(example = "operator") String by,
        OffsetDateTime at, String note) {

    static ContractStepResponse from(ContractStep step) {
        return new ContractStepResponse(step.from, step.to, step.by, step.at.atOffset(ZoneOffset.UTC), step.note);
    }
}
