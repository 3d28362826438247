package io.lightningops.campaign.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Partner evaluation: the default weight of each of the six metrics, and the targets at which a raw input
 * counts as a full 1.0 once normalized (see PartnerScoring for the formulas).
 */
@ConfigMapping(prefix = "lightning.evaluation")
public interface EvaluationConfig {

    Weights weights();

    /** Interactions per play (likes + comments + shares over plays) that scores a full 1.0. */
    @WithDefault("0.08")
    BigDecimal engagementRateTarget();

    /** Orders per click that scores a full 1.0. */
    @WithDefault("0.05")
    BigDecimal conversionRateTarget();

    /** Cost per thousand plays (CNY) at or below which cost efficiency is a full 1.0. */
    @WithDefault("30.00")
    BigDecimal targetCpm();

    /** Reliability of a partner with no delivery record yet. */
    @WithDefault("0.5")
    BigDecimal reliabilityUnknown();

    interface Weights {
        @WithDefault("0.25")
        BigDecimal audienceOverlap();

        @WithDefault("0.20")
        BigDecimal engagementRate();

        @WithDefault("0.20")
        BigDecimal conversionAbility();

        @WithDefault("0.15")
        BigDecimal contentFit();

        @WithDefault("0.10")
        BigDecimal costEfficiency();

        @WithDefault("0.10")
        BigDecimal reliability();
    }
}
