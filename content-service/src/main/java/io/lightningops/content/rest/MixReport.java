package io.lightningops.content.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ContentLayer;

@Schema(name = "MixReport", description = "The content-layer mix of a period against its targets")
public record MixReport(
        @Schema(description = "Videos counted", example = "28") int total,
        @Schema(description = "Allowed distance of a share from its target, in share units (0.05 = 5 points)", example = "0.05")
        BigDecimal tolerance,
        @Schema(description = "True when no layer is flagged") boolean balanced,
        List<Layer> layers) {

    @Schema(name = "MixLayer", description = "One layer's count and share against its target")
    public record Layer(
            ContentLayer layer,
            @Schema(example = "11") int count,
            @Schema(description = "count / total, 4 decimals", example = "0.3929") BigDecimal share,
            @Schema(example = "0.40") BigDecimal target,
            @Schema(description = "share - target", example = "-0.0071") BigDecimal deviation,
            @Schema(description = "|deviation| > tolerance") boolean flagged) {
    }
}
