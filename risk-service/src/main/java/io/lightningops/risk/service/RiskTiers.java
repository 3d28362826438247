package io.lightningops.risk.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import io.lightningops.risk.config.RiskTierConfig;
import io.lightningops.risk.domain.RiskTier;

/** Scores risks and sorts the scores into tiers by the configured thresholds. */
@Startup
@ApplicationScoped
public class RiskTiers {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 125;

    private final int importantFrom;
    private final int majorFrom;

    // @Startup: thresholds that cannot tier anything sensibly stop the service at boot, not at the first request
    public RiskTiers(RiskTierConfig config) {
        this.importantFrom = config.importantFrom();
        this.majorFrom = config.majorFrom();
        if (importantFrom < MIN_SCORE || importantFrom >= majorFrom || majorFrom > MAX_SCORE) {
            throw new IllegalStateException("lightning.risk.tiers must satisfy " + MIN_SCORE
                    + " <= important-from < major-from <= " + MAX_SCORE + ", but important-from is " + importantFrom
                    + " and major-from is " + majorFrom);
        }
    }

    public static int score(int likelihood, int impact, int responseDifficulty) {
        return likelihood * impact * responseDifficulty;
    }

    public RiskTier tierOf(int score) {
        if (score >= majorFrom) {
            return RiskTier.MAJOR;
        }
        return score >= importantFrom ? RiskTier.IMPORTANT : RiskTier.GENERAL;
    }

    /** The lowest score of {@code tier}. */
    public int lowestScore(RiskTier tier) {
        return switch (tier) {
            case GENERAL -> MIN_SCORE;
            case IMPORTANT -> importantFrom;
            case MAJOR -> majorFrom;
        };
    }

    /** The highest score of {@code tier}. */
    public int highestScore(RiskTier tier) {
        return switch (tier) {
            case GENERAL -> importantFrom - 1;
            case IMPORTANT -> majorFrom - 1;
            case MAJOR -> MAX_SCORE;
        };
    }
}
