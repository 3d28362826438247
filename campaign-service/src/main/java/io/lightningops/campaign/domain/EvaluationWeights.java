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

    /** The override as stored; {@code null} for none. The caller has checked that all six are given. */
    public static EvaluationWeights of(MetricWeights weights) {
        if (weights == null) {
            return null;
        }
        EvaluationWeights w = new EvaluationWeights();
        w.audienceOverlap = weights.audienceOverlap();
        w.engagementRate = weights.engagementRate();
        w.conversionAbility = weights.conversionAbility();
        w.contentFit = weights.contentFit();
        w.costEfficiency = weights.costEfficiency();
        w.reliability = weights.reliability();
        return w;
    }

    /** This override as the scoring takes it; {@code null} when the campaign has none. */
    public static MetricWeights toMetricWeights(EvaluationWeights w) {
        return w == null || w.audienceOverlap == null ? null : new MetricWeights(plain(w.audienceOverlap),
                plain(w.engagementRate), plain(w.conversionAbility), plain(w.contentFit), plain(w.costEfficiency),
                plain(w.reliability));
    }

    /** 0.2500 as 0.25 and 100.0000 as 100, never 1E+2. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
