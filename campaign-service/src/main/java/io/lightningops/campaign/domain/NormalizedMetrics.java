package io.lightningops.campaign.domain;

import java.math.BigDecimal;

/** The six metrics of one evaluation, each normalized to 0..1 (4 decimals). */
public record NormalizedMetrics(BigDecimal audienceOverlap, BigDecimal engagementRate, BigDecimal conversionAbility,
        BigDecimal contentFit, BigDecimal costEfficiency, BigDecimal reliability) implements PerMetric {

}
