package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.BudgetLine;
import io.lightningops.campaign.domain.LineCategory;
import io.lightningops.campaign.domain.LineKind;
import io.lightningops.campaign.domain.Money;
import io.lightningops.defaults.http.Ids;

@Schema(name = "BudgetLine", description = "A budget line: plan, money committed by approved spend requests, actual spend")
public record BudgetLineResponse(
        @Schema(example = "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d") String id,
        @Schema(example = "达人合作与内容制作") String name,
        LineCategory category,
        LineKind kind,
        @Schema(description = "Annual plan", example = "240000.00") String planned,
        @Schema(description = "Committed by approved spend requests", example = "12000.00") String committed,
        @Schema(description = "planned - committed: what spend requests may still commit", example = "228000.00") String available,
        @Schema(description = "Actual spend recorded so far", example = "9800.00") String actual,
        @Schema(description = "Plan per month, January to December") List<String> monthlyPlan) {

    public static BudgetLineResponse from(BudgetLine line, BigDecimal actual) {
        return new BudgetLineResponse(Ids.format(line.id), line.name, line.category, line.kind,
                Money.format(line.planned), Money.format(line.committed), Money.format(line.available()),
                Money.format(actual),
                IntStream.rangeClosed(1, 12).mapToObj(m -> Money.format(line.monthlyPlan.getOrDefault(m, BigDecimal.ZERO))).toList());
    }
}
