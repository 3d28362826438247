package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.AudienceUnit;

@Schema(name = "Audience", description = "An account's audience profile as ingested for a day")
public record AudienceResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(description = "The day the profile describes", example = "2026-11-25") LocalDate date,
        @Schema(example = "SHARE") AudienceUnit unit,
        @Schema(description = "Age band → value, in the order sent") Map<String, BigDecimal> ageBands,
        @Schema(description = "Gender → value") Map<String, BigDecimal> genders,
        @Schema(description = "Region → value") Map<String, BigDecimal> regions,
        @Schema(description = "Interest → value") Map<String, BigDecimal> interests,
        @Schema(description = "When it was last written") OffsetDateTime ingestedAt) {
}
