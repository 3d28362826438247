package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "An annual budget: total, contingency reserve, lines. Amounts are decimal strings in CNY.")
public record BudgetResponse(
        @Schema(example = "5d1e2f3a-4b5c-4d6e-8f70-1a2b3c4d5e6f") String id,
        @Schema(example = "2026") int year,
        @Schema(example = "2026 抖音运营年度预算") String name,
        @Schema(example = "1000000.00") String total,
        @Schema(example = "0.2000") String reserveRate,
        @Schema(description = "Contingency reserve: total x reserveRate, rounded half up to the fen", example = "200000.00")
        String reserve,
        @Schema(description = "Sum of the lines' plans", example = "800000.00") String allocated,
        @Schema(description = "total - reserve - allocated: room for new lines", example = "0.00") String unallocated,
        @Schema(description = "Sum committed on the lines", example = "12000.00") String committed,
        List<BudgetLineResponse> lines,
        @Schema(example = "admin") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag", example = "0") long version) {
}
