package io.lightningops.campaign.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A campaign's override of the six partner evaluation weights; all six are set, or the campaign has none. */
@Embeddable
public class EvaluationWeights {

    @Column(name = "weight_audience_overlap", precision = 7, scale = 4)
    public BigDecimal audienceOverlap;

    @Column(name = "weight_engagement_rate", precision = 7, scale = 4)
    public BigDecimal engagementRate;

    @Column(name = "weight_conversion_ability", precision = 7, scale = 4)
    public BigDecimal conversionAbility;

    @Column(name = "weight_content_fit", precision = 7, scale = 4)
    public BigDecimal contentFit;

    @Column(name = "weight_cost_efficiency", precision = 7, scale = 4)
    public BigDecimal costEfficiency;

    @Column(name = "weight_reliability", precision = 7, scale = 4)
    public BigDecimal reliability;
}
