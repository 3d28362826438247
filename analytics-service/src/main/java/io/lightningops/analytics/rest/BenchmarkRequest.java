package io.lightningops.analytics.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchmarkRequest", description = "A competitor account to benchmark against")
public record BenchmarkRequest(
        @NotBlank @Size(max = 120) @Schema(description = "Its display name", example = "某国货美妆旗舰店") String name,
        @NotBlank @Size(max = 64) @Schema(description = "Its Douyin id (抖音号); unique among benchmarks", example = "guohuo_beauty")
        String douyinId,
        @Size(max = 2000) @Schema(description = "Why it is tracked", example = "Same price band; strong live commerce") String notes) {
}
