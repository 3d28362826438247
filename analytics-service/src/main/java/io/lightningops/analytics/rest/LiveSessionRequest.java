package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Schema(name = "LiveSessionRequest", description = "The figures of one live-stream session; sent again, it replaces them")
public record LiveSessionRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The platform's id of the session", example = "live-20261125-01")
        String sessionId,
        @NotBlank @Size(max = 64) @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @NotNull @Schema(description = "When the stream started (ISO-8601 with offset); not in the future")
        OffsetDateTime startedAt,
        @NotNull @PositiveOrZero @Max(86_400) @Schema(description = "Length of the stream in seconds", example = "7200")
        Integer durationSeconds,
        @NotNull @PositiveOrZero @Schema(description = "Distinct viewers over the session", example = "48000") Long viewers,
        @NotNull @PositiveOrZero @Schema(description = "Most viewers at once; not above viewers", example = "3100") Long peakViewers,
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, description = "Gross merchandise value in CNY, exact: a decimal string",
                example = "128800.50") BigDecimal gmv,
        @PositiveOrZero @Schema(example = "960") Long orders,
        @PositiveOrZero @Schema(example = "1200") Long newFollowers) {
}
