package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Funnel", description = "Plays → likes → follows → orders of an account over a window of days")
public record FunnelResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-30") LocalDate to,
        @Schema(description = "PLAYS, LIKES, FOLLOWS, ORDERS in this order") List<Step> steps,
        @Schema(description = "Distinct users who followed in the window", example = "2960") long followers,
        @Schema(description = "Distinct users who ordered in the window", example = "388") long buyers,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, description = "Sum of the window's order amounts, exact CNY", example = "80310.00")
        BigDecimal revenue) {

    @Schema(name = "FunnelStep", description = "One step: its count and its conversion as decimals (6 places)")
    public record Step(
            @Schema(example = "FOLLOWS") String step,
            @Schema(example = "3120") long count,
            @Schema(description = "count / the previous step's count; null for the first step or when the previous is 0",
                    example = "0.032500") BigDecimal fromPrevious,
            @Schema(description = "count / plays; null when there were no plays", example = "0.002400") BigDecimal fromTop) {
    }
}
