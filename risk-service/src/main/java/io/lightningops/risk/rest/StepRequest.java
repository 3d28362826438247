package io.lightningops.risk.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StepRequest", description = "An optional note on a playbook step being done")
public record StepRequest(
        @Size(max = 2000) @Schema(example = "视频已下架") String note) {
}
