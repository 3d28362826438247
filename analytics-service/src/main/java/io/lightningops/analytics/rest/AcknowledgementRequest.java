package io.lightningops.analytics.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcknowledgementRequest", description = "Who looked at the alert says what they found or did")
public record AcknowledgementRequest(
        @Size(max = 2000) @Schema(example = "算法调整，已调整发布时段") String note) {
}
