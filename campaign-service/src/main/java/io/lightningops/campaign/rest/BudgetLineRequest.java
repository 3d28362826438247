package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.LineCategory;

@Schema(name = "BudgetLineRequest", description = "A budget line to plan")
public record BudgetLineRequest(
        @NotBlank @Size(max = 120)
        @Schema(example = "达人合作与内容制作") String name,
        @NotNull
        @Schema(description = "SALARIES, PLATFORM_FEES, DEPRECIATION (rigid) or CONTENT, MARKETING (flexible)")
        LineCategory category,
        @NotNull @DecimalMin(value = "0.00", message = "must be 0 or more")
        @Digits(integer = 14, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(description = "Annual plan, a decimal string in CNY", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "240000.00")
        BigDecimal planned,
        @Size(min = 12, max = 12, message = "must have 12 months, January to December")
        @Schema(description = "Plan per month, January to December, adding up to planned; split evenly when absent "
                + "(each month planned / 12 rounded down to the fen, December takes the remainder)",
                example = "[\"20000.00\", \"20000.00\", \"20000.00\", \"20000.00\", \"20000.00\", \"20000.00\", "
                        + "\"20000.00\", \"20000.00\", \"20000.00\", \"20000.00\", \"20000.00\", \"20000.00\"]")
        List<@NotNull @DecimalMin(value = "0.00", message = "must be 0 or more")
                @Digits(integer = 14, fraction = 2, message = "must be an amount in CNY with at most 2 decimals") BigDecimal> monthlyPlan) {
}
