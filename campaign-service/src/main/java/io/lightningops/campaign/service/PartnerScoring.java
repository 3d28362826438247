package io.lightningops.campaign.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.campaign.config.EvaluationConfig;
import io.lightningops.campaign.domain.Metric;
import io.lightningops.campaign.domain.MetricWeights;
import io.lightningops.campaign.domain.NormalizedMetrics;
import io.lightningops.campaign.rest.EvaluationInputs;
import io.lightningops.campaign.rest.MetricScore;
import io.lightningops.defaults.problem.ApiException;

/**
 * The weighted six-metric model, with no state and no database: normalize raw inputs to 0..1, and score
 * normalized metrics with explicit weights to 0..100. Money and ratios stay in BigDecimal.
 */
@ApplicationScoped
public class PartnerScoring {

    /** A 0..100 score and what each metric contributed to it. */
    public record Score(BigDecimal score, List<MetricScore> breakdown) {
    }

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final EvaluationConfig config;

    public PartnerScoring(EvaluationConfig config) {
        this.config = config;
    }

    /** The configured weights (lightning.evaluation.weights.*). */
    public MetricWeights defaults() {
        EvaluationConfig.Weights w = config.weights();
        return new MetricWeights(w.audienceOverlap(), w.engagementRate(), w.conversionAbility(), w.contentFit(),
                w.costEfficiency(), w.reliability());
    }

    /**
     * The weights to use given an override (of a request or a campaign; null for none): each weight it does not give
     * keeps its default. All zero is refused (400 on {@code weights}).
     */
    public MetricWeights weights(MetricWeights override) {
        MetricWeights weights = override == null ? defaults() : override.over(defaults());
        for (Metric metric : Metric.values()) {
            if (weights.of(metric).signum() < 0) {
                throw ApiException.invalid("weights", "must not be negative");
            }
        }
        if (weights.sum().signum() == 0) {
            throw ApiException.invalid("weights", "at least one weight must be above 0");
        }
        return weights;
    }

    /**
     * Normalizes raw inputs. {@code recordedReliability} is the partner's on-time share from deliverables recorded
     * here, or null if none; inputs that give onTime/total take precedence.
     */
    public NormalizedMetrics normalize(EvaluationInputs in, BigDecimal recordedReliability) {
        BigDecimal overlap = in.audienceOverlapPercent().divide(HUNDRED, MATH);
        BigDecimal engagement = ratio(in.avgInteractions(), in.avgPlays()).divide(config.engagementRateTarget(), MATH);
        BigDecimal conversion = in.clicks() == 0 ? BigDecimal.ZERO
                : ratio(in.orders(), in.clicks()).divide(config.conversionRateTarget(), MATH);
        BigDecimal fit = BigDecimal.valueOf(in.contentFitRating() - 1L).divide(BigDecimal.valueOf(4), MATH);
        BigDecimal cost;
        if (in.quotedPrice().signum() == 0) {
            cost = BigDecimal.ONE;
        } else {
            BigDecimal cpm = in.quotedPrice().multiply(THOUSAND).divide(BigDecimal.valueOf(in.avgPlays()), MATH);
            cost = config.targetCpm().divide(cpm, MATH);
        }
        BigDecimal reliability;
        if (in.totalDeliveries() != null && in.totalDeliveries() > 0) {
            long onTime = in.onTimeDeliveries() == null ? 0 : in.onTimeDeliveries();
            if (onTime > in.totalDeliveries()) {
                throw ApiException.invalid("inputs.onTimeDeliveries", "must not exceed totalDeliveries");
            }
            reliability = ratio(onTime, in.totalDeliveries());
        } else {
            reliability = recordedReliability == null ? config.reliabilityUnknown() : recordedReliability;
        }
        return new NormalizedMetrics(unit(overlap), unit(engagement), unit(conversion), unit(fit), unit(cost),
                unit(reliability));
    }

    /** Score = 100 x sum(weight x normalized) / sum(weights), 2 decimals, half up. */
    public Score score(NormalizedMetrics metrics, MetricWeights weights) {
        BigDecimal sum = weights.sum();
        BigDecimal total = BigDecimal.ZERO;
        List<MetricScore> breakdown = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            BigDecimal weighted = weights.of(metric).multiply(metrics.of(metric));
            total = total.add(weighted);
            breakdown.add(new MetricScore(metric, metrics.of(metric), weights.of(metric),
                    points(weighted, sum)));
        }
        return new Score(points(total, sum), breakdown);
    }

    /** Normalizes and scores in one step: what an evaluation does, without storing it. */
    public Score evaluate(EvaluationInputs inputs, MetricWeights weights) {
        return score(normalize(inputs, null), weights(weights));
    }

    private static BigDecimal points(BigDecimal weighted, BigDecimal weightSum) {
        return weighted.multiply(HUNDRED).divide(weightSum, MATH).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MATH);
    }

    /** Clamped to 0..1 and kept to 4 decimals, as stored. */
    private static BigDecimal unit(BigDecimal value) {
        BigDecimal clamped = value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return clamped.setScale(4, RoundingMode.HALF_UP);
    }
}
