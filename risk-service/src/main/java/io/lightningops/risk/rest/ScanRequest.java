package io.lightningops.risk.rest;

import jakarta.validation.constraints.NotEmpty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScanRequest", description = "Copy to check against the lexicon")
public record ScanRequest(
        @NotEmpty
        @Schema(description = "The copy; at most lightning.scan.max-chars UTF-16 units (default 20000)",
                example = "全网最低价！本店咖啡是國家級品质，最近上新第二件半价")
        String text) {
}
