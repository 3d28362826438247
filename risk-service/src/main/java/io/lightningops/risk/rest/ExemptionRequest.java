package io.lightningops.risk.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.LexiconTerm;

@Schema(name = "LexiconExemptionRequest", description = "A phrase in which a term is not a claim")
public record ExemptionRequest(
        @NotBlank @Size(max = LexiconTerm.MAX_LENGTH)
        @Schema(description = "Findings lying wholly inside an occurrence of this phrase are dropped", example = "最新款")
        String phrase,
        @Size(max = 200)
        @Schema(description = "Why the phrase is not a claim", example = "如实表明款式的时间先后")
        String note) {
}
