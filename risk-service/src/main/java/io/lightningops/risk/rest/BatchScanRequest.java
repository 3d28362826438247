package io.lightningops.risk.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchScanRequest", description = "Several texts to check against one revision of the lexicon")
public record BatchScanRequest(
        @NotEmpty
        @Schema(description = "1 to lightning.scan.max-batch-texts texts (default 100), each non-empty and at most "
                + "lightning.scan.max-chars UTF-16 units, together at most lightning.scan.max-batch-chars (default 200000)")
        List<@NotEmpty String> texts) {
}
