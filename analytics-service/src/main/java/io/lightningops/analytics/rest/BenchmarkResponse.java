package io.lightningops.analytics.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.BenchmarkAccount;

@Schema(name = "Benchmark", description = "A competitor account that the team benchmarks against")
public record BenchmarkResponse(
        @Schema(example = "9a1f3c2e-5b7d-4e8f-a0b1-c2d3e4f5a6b7") String id,
        @Schema(example = "某国货美妆旗舰店") String name,
        @Schema(example = "guohuo_beauty") String douyinId,
        @Schema(example = "Same price band; strong live commerce") String notes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "The version: the ETag", example = "0") long version) {

    public static BenchmarkResponse from(BenchmarkAccount account) {
        return new BenchmarkResponse(account.id.toString(), account.name, account.douyinId, account.notes,
                account.createdAt.atOffset(ZoneOffset.UTC), account.updatedAt.atOffset(ZoneOffset.UTC), account.version);
    }
}
