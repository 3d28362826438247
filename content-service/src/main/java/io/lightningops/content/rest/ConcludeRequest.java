package io.lightningops.content.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConcludeRequest", description = "Ends an experiment, naming the variant chosen (optional)")
public record ConcludeRequest(
        @Schema(description = "The video chosen; one of the variants", example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f")
        String winnerVideoId,
        @Size(max = 500) @Schema(example = "B 完播率显著更高，后续按 B 的开头拍") String note) {
}
