package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.PriceModel;

@Schema(name = "XingtuTaskRequest", description = "A Xingtu (星图) order placed under the partnership")
public record XingtuTaskRequest(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$", message = "must be 1 to 64 letters, digits, '_' or '-'")
        @Schema(description = "The order id on Xingtu; unique", example = "XT20261201000123") String xingtuOrderId,
        @NotNull @Schema(example = "CPM") PriceModel priceModel,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(type = SchemaType.STRING, description = "CNY per unit of the model: per video, per 1000 impressions, "
                + "per engagement or per action", example = "28.00") BigDecimal unitPrice,
        @NotNull @Positive
        @Schema(description = "Planned units of the model (videos, thousands of impressions, engagements, actions)",
                example = "500") Long plannedUnits,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(type = SchemaType.STRING, description = "Cost never goes above this, CNY", example = "15000.00")
        BigDecimal budgetCap,
        @Schema(description = "The deliverable the order fulfils, if any") String deliverableId) {
}
