package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UgcPicksRequest", description = "Submissions picked for one ISO week")
public record PicksRequest(
        @NotBlank @Schema(description = "The ISO week, YYYY-Www", example = "2026-W48") String week,
        @NotEmpty @Size(max = 100, message = "may hold at most 100 submissions")
        @Schema(description = "The picked submissions, each not picked before") List<@NotBlank String> submissionIds,
        @Size(max = 500) @Schema(example = "本周主题：冬日热饮") String note) {
}
