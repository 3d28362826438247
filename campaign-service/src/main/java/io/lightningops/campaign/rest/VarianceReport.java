package io.lightningops.campaign.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.LineCategory;

@Schema(name = "VarianceReport", description = "Actual against plan per line and month; rates are decimal strings")
public record VarianceReport(
        String budgetId,
        @Schema(description = "|varianceRate| above this flags a row (lightning.budgets.variance-threshold)", example = "0.0500")
        String threshold,
        List<Row> rows) {

    @Schema(name = "VarianceRow", description = "One line in one month")
    public record Row(
            String lineId,
            @Schema(example = "达人合作与内容制作") String lineName,
            LineCategory category,
            @Schema(example = "2026-03") String month,
            @Schema(example = "20000.00") String planned,
            @Schema(example = "21500.00") String actual,
            @Schema(description = "actual - planned", example = "1500.00") String variance,
            @Schema(description = "(actual - planned) / planned to 4 decimals, half up; null when planned is 0",
                    example = "0.0750") String varianceRate,
            @Schema(description = "|varianceRate| > threshold, or any actual against a zero plan", example = "true")
            boolean flagged) {
    }
}
