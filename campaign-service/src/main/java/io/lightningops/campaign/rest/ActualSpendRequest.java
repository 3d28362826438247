package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActualSpendRequest", description = "Money actually spent on a line in one month")
public record ActualSpendRequest(
        @NotNull @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month YYYY-MM")
        @Schema(description = "A month of the budget's year", example = "2026-03") String month,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 14, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(type = SchemaType.STRING, example = "21000.00") BigDecimal amount,
        @Size(max = 500)
        @Schema(example = "3月达人合作结算") String note) {
}
