package io.lightningops.campaign.domain;

import java.math.BigDecimal;

/** The six metrics of one evaluation, each normalized to 0..1 (4 decimals). */
public record NormalizedMetrics(BigDecimal audienceOverlap, BigDecimal engagementRate, BigDecimal conversionAbility,
        BigDecimal contentFit, BigDecimal costEfficiency, BigDecimal reliability) {

    public BigDecimal of(Metric metric) {
        return switch (metric) {
            case AUDIENCE_OVERLAP -> audienceOverlap;
            case ENGAGEMENT_RATE -> engagementRate;
            case CONVERSION_ABILITY -> conversionAbility;
            case CONTENT_FIT -> contentFit;
            case COST_EFFICIENCY -> costEfficiency;
            case RELIABILITY -> reliability;
        };
    }
}
