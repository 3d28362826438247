package io.lightningops.risk.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.IncidentStatus;

@Schema(name = "IncidentTransition", description = "The status to move an incident to, and why")
public record TransitionRequest(
        @NotNull @Schema(example = "ACKNOWLEDGED") IncidentStatus status,
        @Size(max = 2000) @Schema(example = "值班合规已响应，正在核实") String note) {
}
