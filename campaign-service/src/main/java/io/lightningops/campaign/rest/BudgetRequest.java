package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetRequest", description = "An annual budget with its lines")
public record BudgetRequest(
        @NotNull @Min(2000) @Max(2100)
        @Schema(example = "2026") Integer year,
        @NotBlank @Size(max = 120)
        @Schema(example = "2026 抖音运营年度预算") String name,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 14, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(description = "The whole year's budget, a decimal string in CNY", type = SchemaType.STRING, example = "1000000.00")
        BigDecimal total,
        @DecimalMin(value = "0", message = "must be between 0 and 1")
        @DecimalMax(value = "1", inclusive = false, message = "must be between 0 and 1")
        @Digits(integer = 1, fraction = 4, message = "must have at most 4 decimals")
        @Schema(description = "Share of the total held back as contingency reserve; lightning.budgets.reserve-rate "
                + "(0.20) when absent", type = SchemaType.STRING, example = "0.20")
        BigDecimal reserveRate,
        @NotNull @Size(min = 1, max = 50)
        @Schema(description = "The lines; their plans add up to at most total - reserve")
        List<@Valid @NotNull BudgetLineRequest> lines) {
}
