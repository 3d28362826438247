package io.lightningops.campaign.domain;

import java.math.BigDecimal;

/** A value for each of the six metrics (a weight, a normalized value), readable by metric. */
public interface PerMetric {

    BigDecimal audienceOverlap();

    BigDecimal engagementRate();

    BigDecimal conversionAbility();

    BigDecimal contentFit();

    BigDecimal costEfficiency();

    BigDecimal reliability();

    default BigDecimal of(Metric metric) {
        return switch (metric) {
            case AUDIENCE_OVERLAP -> audienceOverlap();
            case ENGAGEMENT_RATE -> engagementRate();
            case CONVERSION_ABILITY -> conversionAbility();
            case CONTENT_FIT -> contentFit();
            case COST_EFFICIENCY -> costEfficiency();
            case RELIABILITY -> reliability();
        };
    }
}
