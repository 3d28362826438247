package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluation of a partner, kept as history: what went in, the weights, the normalized metrics and the score. */
@Entity
@Table(name = "partner_evaluations")
public class PartnerEvaluation {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    /** The raw inputs as JSON, for the record. */
    @Column(nullable = false)
    public String inputs;

    @Column(name = "audience_overlap", nullable = false)
    public BigDecimal audienceOverlap;
    @Column(name = "engagement_rate", nullable = false)
    public BigDecimal engagementRate;
    @Column(name = "conversion_ability", nullable = false)
    public BigDecimal conversionAbility;
    @Column(name = "content_fit", nullable = false)
    public BigDecimal contentFit;
    @Column(name = "cost_efficiency", nullable = false)
    public BigDecimal costEfficiency;
    @Column(nullable = false)
    public BigDecimal reliability;

    @Column(name = "w_audience_overlap", nullable = false)
    public BigDecimal wAudienceOverlap;
    @Column(name = "w_engagement_rate", nullable = false)
    public BigDecimal wEngagementRate;
    @Column(name = "w_conversion_ability", nullable = false)
    public BigDecimal wConversionAbility;
    @Column(name = "w_content_fit", nullable = false)
    public BigDecimal wContentFit;
    @Column(name = "w_cost_efficiency", nullable = false)
    public BigDecimal wCostEfficiency;
    @Column(name = "w_reliability", nullable = false)
    public BigDecimal wReliability;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(name = "evaluated_by", nullable = false)
    public String evaluatedBy;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    public String note;

    public NormalizedMetrics metrics() {
        return new NormalizedMetrics(audienceOverlap, engagementRate, conversionAbility, contentFit, costEfficiency,
                reliability);
    }

    public void metrics(NormalizedMetrics m) {
        audienceOverlap = m.audienceOverlap();
        engagementRate = m.engagementRate();
        conversionAbility = m.conversionAbility();
        contentFit = m.contentFit();
        costEfficiency = m.costEfficiency();
        reliability = m.reliability();
    }

    public MetricWeights weights() {
        return new MetricWeights(wAudienceOverlap, wEngagementRate, wConversionAbility, wContentFit, wCostEfficiency,
                wReliability);
    }

    public void weights(MetricWeights w) {
        wAudienceOverlap = w.audienceOverlap();
        wEngagementRate = w.engagementRate();
        wConversionAbility = w.conversionAbility();
        wContentFit = w.contentFit();
        wCostEfficiency = w.costEfficiency();
        wReliability = w.reliability();
    }
}
