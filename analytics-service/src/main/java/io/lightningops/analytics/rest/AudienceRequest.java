package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.AudienceUnit;

@Schema(name = "AudienceRequest", description = "An account's audience profile of a day: distributions by age band, gender, "
        + "region and interest (bucket → value). Any distribution may be left out or empty, not all of them.")
public record AudienceRequest(
        @Schema(description = "The day it describes (reporting zone); default today; not in the future", example = "2026-11-25")
        LocalDate date,
        @NotNull @Schema(description = "SHARE: values 0..1, each distribution summing to 1 within "
                + "lightning.audiences.share-tolerance; COUNT: whole numbers of 0 or more", example = "SHARE")
        AudienceUnit unit,
        @Schema(description = "Age band → value", example = "{\"18-23\": 0.31, \"24-30\": 0.42, \"31-40\": 0.19, \"41+\": 0.08}")
        Map<String, BigDecimal> ageBands,
        @Schema(description = "Gender → value", example = "{\"female\": 0.78, \"male\": 0.22}") Map<String, BigDecimal> genders,
        @Schema(description = "Region (province or city) → value", example = "{\"广东\": 0.18, \"浙江\": 0.12, \"其他\": 0.70}")
        Map<String, BigDecimal> regions,
        @Schema(description = "Interest → value", example = "{\"美妆\": 0.55, \"穿搭\": 0.30, \"母婴\": 0.15}")
        Map<String, BigDecimal> interests) {
}
