package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpendRequestCreate", description = "A request to spend money from a budget line")
public record SpendRequestCreate(
        @NotBlank
        @Schema(description = "The budget line to spend from", example = "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d") String lineId,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 14, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(description = "A decimal string in CNY; it decides how many approval levels the request needs",
                type = SchemaType.STRING, example = "12000.00") BigDecimal amount,
        @NotBlank @Size(max = 500)
        @Schema(example = "双11 达人直播坑位费") String purpose) {
}
